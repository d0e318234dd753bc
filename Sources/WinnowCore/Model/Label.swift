/// One label of an item: for screenshots a box with a category, for drill runs an event
/// (category "entry", "transition" or "exit"). `confidence` is what the labeler reported
/// (1.0 for human labels); `verified` marks labels a person confirmed.
public struct Label: Equatable, Sendable {
    public var id: String
    public var category: String
    public var bbox: BoundingBox?
    public var confidence: Double
    public var source: String
    public var verified: Bool
    /// For a signal event: where it is.
    public var event: SignalEventPosition?
    /// A reviewer rejected this box on its own: it stays visible but is left out of exports.
    public var rejected = false
    /// For an entity of a text item: where it is in the text.
    public var span: TextSpan?
    /// A COCO `iscrowd` region: a prediction may match it many times, and no prediction is owed it.
    public var crowd = false

    public init(id: String, category: String, bbox: BoundingBox?, confidence: Double, source: String, verified: Bool,
                event: SignalEventPosition? = nil) {
        self.id = id
        self.category = category
        self.bbox = bbox
        self.confidence = confidence
        self.source = source
        self.verified = verified
        self.event = event
    }

    /// The confidence used for tiers: a verified label counts as certain.
    public var effectiveConfidence: Double { verified ? 1.0 : confidence }
}
