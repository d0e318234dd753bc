/// One outcome of matching an image's predictions to its labels.
public struct PredictionMatch: Equatable, Sendable {
    public var kind: Disagreement
    /// Index into the predictions, when a prediction is involved.
    public var prediction: Int?
    /// Index into the labels, when a label is involved.
    public var label: Int?
    /// Overlap of the pair (0 when there is no pair).
    public var iou: Double
    /// The prediction's score (0 for a missed label).
    public var score: Double

    public init(kind: Disagreement, prediction: Int?, label: Int?, iou: Double, score: Double) {
        self.kind = kind
        self.prediction = prediction
        self.label = label
        self.iou = iou
        self.score = score
    }
}
