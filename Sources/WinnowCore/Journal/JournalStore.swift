/// Where one dataset's events are kept, as curation, queues and exports see it. The file journal
/// (`VerdictJournal`) is the embedded default; a database-backed store can take its place
/// without any of them changing.
public protocol JournalStore: AnyObject {
    /// Names the store in messages (a path, or a server and table without credentials).
    var location: String { get }
    /// The sequence number of the last event read or written.
    var lastSeq: Int { get }
    /// Lines or rows skipped while reading, as `location:LINE: what is wrong`.
    var problems: [Issue] { get }
    /// Bytes (or rows) not read yet, to size storage before a long replay; 0 when unknown.
    var unreadBytes: Int { get }

    /// Reads from a position: every event after sequence number `seq`, from the start of the
    /// store, leaving the watch's own position alone.
    func events(after seq: Int) -> [JournalEvent]

    /// Watch: reads everything appended since the last read, by anyone, into `reader`.
    func readNew<Reader: JournalReader>(into reader: inout Reader)

    /// Events saved on this machine while the store's server could not be reached, not yet sent.
    var waiting: Int { get }

    /// Whether the store was told (pushed, not polled) that someone appended since the last call:
    /// a database's notification. Stores that can only be polled say false.
    func takeWakeUp() -> Bool

    /// Appends a batch in order, after any events others appended first (returned, to apply
    /// before it): when this returns, all of it is durable; when it throws, none was acknowledged.
    func append(_ actions: [JournalAction], reviewer: String, time: String) throws(JournalError)
        -> (earlier: [JournalEvent], written: [JournalEvent])
}

extension JournalStore {
    public func takeWakeUp() -> Bool { false }
    public var waiting: Int { 0 }

    /// Reads every complete event appended since the last call.
    public func readNew() -> [JournalEvent] {
        var collector = JournalEventCollector()
        readNew(into: &collector)
        return collector.events
    }

    /// Appends one event (see `append(_:reviewer:time:)` for a batch).
    public func append(_ action: JournalAction, reviewer: String, time: String) throws(JournalError)
        -> (earlier: [JournalEvent], written: JournalEvent)
    {
        let (earlier, written) = try append([action], reviewer: reviewer, time: time)
        return (earlier, written[0])
    }
}
