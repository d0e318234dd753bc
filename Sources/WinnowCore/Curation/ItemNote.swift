/// A remark on an item as it stands after replay: from a `note` event, or given with a verdict.
public struct ItemNote: Equatable, Sendable {
    public var text: String
    public var reviewer: String
    public var time: String
    /// The event that holds it.
    public var seq: Int

    public init(text: String, reviewer: String, time: String, seq: Int) {
        self.text = text
        self.reviewer = reviewer
        self.time = time
        self.seq = seq
    }
}
