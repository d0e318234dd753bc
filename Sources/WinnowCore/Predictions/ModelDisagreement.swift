/// One outcome of matching a model's boxes to an item's labels, with what it refers to:
/// the prediction (an index into `ModelOutput.boxes`) and the label (by id).
public struct ModelDisagreement: Equatable, Sendable {
    public var model: String
    public var kind: Disagreement
    public var prediction: Int?
    public var label: String?
    public var iou: Double
    /// The prediction's score (0 for a label no prediction found).
    public var score: Double

    public init(model: String, kind: Disagreement, prediction: Int?, label: String?, iou: Double, score: Double) {
        self.model = model
        self.kind = kind
        self.prediction = prediction
        self.label = label
        self.iou = iou
        self.score = score
    }
}
