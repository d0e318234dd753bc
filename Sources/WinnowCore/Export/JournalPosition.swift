/// How far into a dataset's journal an export looked: its last event, or `--at SEQ`.
public struct JournalPosition: Sendable {
    public var dataset: String
    public var seq: Int
    /// Whether `seq` was asked for with `--at` rather than being the journal's end.
    public var rolledBack: Bool

    public init(dataset: String, seq: Int, rolledBack: Bool) {
        self.dataset = dataset
        self.seq = seq
        self.rolledBack = rolledBack
    }
}
