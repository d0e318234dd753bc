/// One label of an item: for screenshots a box with a category, for drill runs an event
/// (category "entry", "transition" or "exit"). `confidence` is what the labeler reported
/// (1.0 for human labels); `verified` marks labels a person confirmed.
/// A dataset may hold millions, so fields are ordered to pack (104 bytes) and a label's place in
/// a signal or a text shares one field, boxed: most labels have none, and a box is 8 bytes.
public struct Label: Equatable, Sendable {
    public var id: String
    public var category: String
    public var source: String
    public var bbox: BoundingBox?
    /// A reviewer confirmed it.
    public var verified: Bool
    /// A reviewer rejected this box on its own: it stays visible but is left out of exports.
    public var rejected = false
    /// A COCO `iscrowd` region: a prediction may match it many times, and no prediction is owed it.
    public var crowd = false
    public var confidence: Double
    private var place: Place = .none

    private indirect enum Place: Equatable, Sendable {
        case none
        case event(SignalEventPosition)
        case span(TextSpan)
    }

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

    /// For a signal event: where it is.
    public var event: SignalEventPosition? {
        get { if case .event(let event) = place { event } else { nil } }
        set {
            if let newValue { place = .event(newValue) } else if event != nil { place = .none }
        }
    }

    /// For an entity of a text item: where it is in the text.
    public var span: TextSpan? {
        get { if case .span(let span) = place { span } else { nil } }
        set {
            if let newValue { place = .span(newValue) } else if span != nil { place = .none }
        }
    }

    /// The confidence used for tiers: a verified label counts as certain.
    public var effectiveConfidence: Double { verified ? 1.0 : confidence }
}
