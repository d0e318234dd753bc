/// What a journal's new lines are read into (`VerdictJournal.readNew(into:)`). A reader with its
/// own fast path takes lines as bytes; the lines it declines are parsed in full and given as events.
public protocol JournalReader {
    /// Returns the sequence number the line was taken as, or nil to have it parsed in full.
    mutating func read(line: UnsafeBufferPointer<UInt8>) -> Int?
    mutating func read(event: JournalEvent)
    /// A hint: the complete lines in `lines` come next (a partial line may end it), so a reader
    /// can fetch what they will need from memory at once rather than line by line.
    mutating func expect(lines: UnsafeBufferPointer<UInt8>)
}

extension JournalReader {
    public mutating func expect(lines: UnsafeBufferPointer<UInt8>) {}
}
