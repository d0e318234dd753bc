/// A detector's box a reviewer took as a label: where it goes (a new label id, or the label it
/// replaces), and which model said it with what score, so the label's origin stays known.
public struct AdoptedBox: Equatable, Sendable {
    public var label: String
    public var box: BoundingBox
    public var category: String
    public var model: String
    public var score: Double

    public init(label: String, box: BoundingBox, category: String, model: String, score: Double) {
        self.label = label
        self.box = box
        self.category = category
        self.model = model
        self.score = score
    }
}
