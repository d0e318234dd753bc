/// What ordering a queue needs to know about one item.
public struct QueueEntry: Sendable {
    public var index: Int
    public var confidence: Double?
    public var tier: Tier
    public var reviewed: Bool
    public var flagged: Bool
    public var disputed: Bool
    /// Position in the audit sample, if the item is in it.
    public var auditPosition: Int?
    /// The highest prediction score of each kind of disagreement with the models (a missed label counts 1).
    public var disagreementScores: [Disagreement: Double] = [:]
    /// The same or nearly the same text as another item; and one of them labelled otherwise.
    public var duplicated = false
    /// A drill run's largest distance from a model's events, mm (nil without event predictions).
    public var eventDisagreementMM: Double?
    public var conflicting = false

    public init(index: Int, confidence: Double?, tier: Tier, reviewed: Bool, flagged: Bool = false, disputed: Bool = false,
                auditPosition: Int? = nil) {
        self.index = index
        self.confidence = confidence
        self.tier = tier
        self.reviewed = reviewed
        self.flagged = flagged
        self.disputed = disputed
        self.auditPosition = auditPosition
    }
}
