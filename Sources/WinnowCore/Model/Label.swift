/// One label of an item: for screenshots a box with a category. `confidence` is what the
/// labeler reported (1.0 for human labels); `verified` marks labels a person confirmed.
public struct Label: Equatable, Sendable {
    public var id: String
    public var category: String
    public var bbox: BoundingBox?
    public var confidence: Double
    public var source: String
    public var verified: Bool

    public init(id: String, category: String, bbox: BoundingBox?, confidence: Double, source: String, verified: Bool) {
        self.id = id
        self.category = category
        self.bbox = bbox
        self.confidence = confidence
        self.source = source
        self.verified = verified
    }

    /// The confidence used for tiers: a verified label counts as certain.
    public var effectiveConfidence: Double { verified ? 1.0 : confidence }
}
