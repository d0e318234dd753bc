/// One box a detector predicted on an image: which model, what, where and how sure.
public struct PredictedBox: Equatable, Sendable {
    /// The prediction set's name (`--predictions NAME=PATH`, else the file's stem).
    public var model: String
    public var category: String
    public var bbox: BoundingBox
    /// The detector's score in [0, 1] (1 when the file gives none).
    public var score: Double

    public init(model: String, category: String, bbox: BoundingBox, score: Double) {
        self.model = model
        self.category = category
        self.bbox = bbox
        self.score = score
    }
}
