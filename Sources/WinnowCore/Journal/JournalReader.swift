/// What a journal's new lines are read into (`VerdictJournal.readNew(into:)`). A reader with its
/// own fast path takes lines as bytes; the lines it declines are parsed in full and given as events.
public protocol JournalReader {
    /// Returns the sequence number the line was taken as, or nil to have it parsed in full.
    mutating func read(line: UnsafeBufferPointer<UInt8>) -> Int?
    mutating func read(event: JournalEvent)
}
