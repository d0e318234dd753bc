/// Reads a journal's new lines into events, the fast path first (`JournalLineScanner`).
struct JournalEventCollector: JournalReader {
    private var scanner = JournalLineScanner()
    private(set) var events: [JournalEvent] = []

    mutating func read(line: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let event = scanner.event(from: line) else { return nil }
        events.append(event)
        return event.seq
    }

    mutating func read(event: JournalEvent) {
        events.append(event)
    }
}
