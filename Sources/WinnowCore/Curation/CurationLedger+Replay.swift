/// Opening a dataset: the journal's lines go straight into the ledger. A plain verdict line (the
/// bulk of any journal) is read from its bytes by `JournalLineScanner.scan` and stored without
/// becoming a `JournalEvent`; any other line is parsed in full and applied as an event.
extension CurationLedger: JournalReader {
    /// Replays everything new in the journal; a file journal from its checkpoint when it has one.
    /// A long replay makes `checkpointDue`: the session saves one once the open is done.
    public init(replaying journal: JournalStore) {
        if let file = journal as? VerdictJournal, let restored = LedgerCheckpoint.restore(file) { self = restored }
        let unread = journal.unreadBytes
        reserveCapacity(events: unread / Self.typicalLineBytes)
        journal.readNew(into: &self)
        checkpointDue = journal is VerdictJournal && unread >= LedgerCheckpoint.minimumBytes
    }

    /// A verdict line is about 150 bytes; reserving a little more than needed is cheaper than growing.
    private static let typicalLineBytes = 128

    public mutating func read(line: UnsafeBufferPointer<UInt8>) -> Int? {
        JournalLineScanner.scan(line).flatMap { apply($0) }
    }

    public mutating func read(event: JournalEvent) {
        apply(event)
    }

    public mutating func expect(lines: UnsafeBufferPointer<UInt8>) {
        expectItems(in: lines)
    }
}
