/// What the detectors given with `--predictions` said about one item. Present on every item of
/// a dataset opened with predictions, empty when no model found anything there (then each label
/// is one the models missed).
public struct ModelOutput: Equatable, Sendable {
    public var boxes: [PredictedBox]
    /// Every prediction set given, in command-line order (shared by all items).
    public var models: [String]
    /// `--iou`: the overlap at which a prediction and a label match.
    public var iouThreshold: Double

    public init(boxes: [PredictedBox], models: [String], iouThreshold: Double) {
        self.boxes = boxes
        self.models = models
        self.iouThreshold = iouThreshold
    }
}
