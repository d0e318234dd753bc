/// One line of the journal: who did what, when, in which order.
public struct JournalEvent: Equatable, Sendable {
    /// Position in its journal, from 1, assigned under the append lock.
    public var seq: Int
    /// UTC, ISO 8601 with milliseconds: sorts as text.
    public var time: String
    public var reviewer: String
    public var action: JournalAction

    public init(seq: Int, time: String, reviewer: String, action: JournalAction) {
        self.seq = seq
        self.time = time
        self.reviewer = reviewer
        self.action = action
    }
}
