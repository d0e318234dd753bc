/// What a filter query can ask about one item. A plain value the caller fills per item, so the filter
/// does not depend on how curation state is stored. Strings are compared case-insensitively.
public struct ItemFacts: Sendable, Equatable {
    public var id: String
    public var path: String
    /// screenshot, signal, text or pair.
    public var kind: String
    /// high, medium or low.
    public var tier: String
    /// The item's confidence (its weakest label's); nil when no label has one.
    public var confidence: Double?
    /// Every label's category; `cat:` matches if any of them does.
    public var categories: [String]
    /// Every label's source (auto-labeler); `source:` matches if any of them does.
    public var sources: [String]
    /// good, bad or skip; nil (or "") when the item has no verdict.
    public var verdict: String?
    /// Everyone who gave the item a verdict.
    public var reviewers: [String]
    public var issueCount: Int
    public var hasEdits: Bool
    public var hasNotes: Bool
    public var flagged: Bool
    /// Searchable text such as a prompt; "" for screenshots.
    public var text: String
    /// The kinds of the item's outcomes against the models (`Disagreement` raw values, matches included).
    public var disagreements: [String] = []
    /// The scores of the item's predictions.
    public var scores: [Double] = []
    /// The prediction sets that found something on the item.
    public var models: [String] = []
    /// An image pair's measures (nil for other items, or unmeasured).
    public var change: Double?
    public var structure: Double?
    /// An image pair whose original another session shares.
    public var sameOriginal = false

    public init(
        id: String,
        path: String = "",
        kind: String = "",
        tier: String = "",
        confidence: Double? = nil,
        categories: [String] = [],
        sources: [String] = [],
        verdict: String? = nil,
        reviewers: [String] = [],
        issueCount: Int = 0,
        hasEdits: Bool = false,
        hasNotes: Bool = false,
        flagged: Bool = false,
        text: String = ""
    ) {
        self.id = id
        self.path = path
        self.kind = kind
        self.tier = tier
        self.confidence = confidence
        self.categories = categories
        self.sources = sources
        self.verdict = verdict
        self.reviewers = reviewers
        self.issueCount = issueCount
        self.hasEdits = hasEdits
        self.hasNotes = hasNotes
        self.flagged = flagged
        self.text = text
    }
}
