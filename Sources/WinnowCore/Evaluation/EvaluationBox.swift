/// A box in a detection evaluation: a ground-truth annotation or a model's detection, with the
/// ids of its COCO file (the image, the category, its own).
public struct EvaluationBox: Equatable, Sendable {
    public var id: Int
    public var image: Int
    public var category: Int
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double
    /// The annotation's `area` (ground truth), or width × height (detections), as COCOeval takes them.
    public var area: Double
    public var crowd: Bool
    /// The detection's score; 1 for ground truth.
    public var score: Double

    public init(id: Int, image: Int, category: Int, x: Double, y: Double, width: Double, height: Double,
                area: Double? = nil, crowd: Bool = false, score: Double = 1) {
        self.id = id
        self.image = image
        self.category = category
        self.x = x
        self.y = y
        self.width = width
        self.height = height
        self.area = area ?? width * height
        self.crowd = crowd
        self.score = score
    }

    /// Intersection over union as COCO's `maskUtils.iou` computes it for boxes: against a crowd
    /// box, the intersection over this box's own area.
    public func iou(with truth: EvaluationBox) -> Double {
        let w = min(x + width, truth.x + truth.width) - max(x, truth.x)
        let h = min(y + height, truth.y + truth.height) - max(y, truth.y)
        guard w > 0, h > 0 else { return 0 }
        let intersection = w * h
        let union = truth.crowd ? width * height : width * height + truth.width * truth.height - intersection
        return intersection / union
    }
}
