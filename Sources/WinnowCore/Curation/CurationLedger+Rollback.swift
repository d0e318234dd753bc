extension CurationLedger {
    /// The ledger as it was at journal position `limit`: events after it are read and ignored,
    /// so an export can roll back without anything being removed from the journal.
    public init(replaying journal: JournalStore, upTo limit: Int) {
        var reader = LedgerUpToSequence(limit: limit)
        journal.readNew(into: &reader)
        self = reader.ledger
    }
}

/// Replays journal lines into a ledger up to a sequence number.
struct LedgerUpToSequence: JournalReader {
    var ledger = CurationLedger()
    let limit: Int

    mutating func read(line: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let scanned = JournalLineScanner.scan(line) else { return nil }
        return scanned.seq > limit ? scanned.seq : ledger.apply(scanned)
    }

    mutating func read(event: JournalEvent) {
        if event.seq <= limit { ledger.apply(event) }
    }
}
