import WinnowCore

/// A mistake the simulated detector makes on purpose, so tests and the README can say where
/// each one must surface in Winnow's disagreement queues.
public struct DetectorMistake: Equatable, Sendable {
    public enum Kind: String, Sendable {
        /// A small widget it does not find: its label shows as missed (`pred:fn`).
        case missedSmallBox = "missed small box"
        /// A widget called by a similar class: `wrong-class` queue.
        case classSwap = "class swap"
        /// A box far larger than the widget: `placement` queue.
        case looseBox = "loose box"
        /// A box on empty screen: `missed` queue (a prediction no label matches).
        case hallucination
    }

    public var kind: Kind
    public var imageID: String
    public var screen: String
    /// The widget's category as drawn (for a hallucination, the class the detector says).
    public var category: String
    /// The detector's box (for a missed box, the widget it missed).
    public var box: BoundingBox
    /// The class the detector gave, for a swap.
    public var predictedCategory: String?
}
