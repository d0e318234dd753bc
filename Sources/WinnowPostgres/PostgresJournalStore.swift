import Foundation
import WinnowCore

/// One dataset's events in PostgreSQL: a row per event holding the line the file journal would
/// hold (checksum included), numbered by the database. A batch is one transaction, under a lock
/// per dataset, and returns only after the commit (synchronous_commit): all of it or none.
///
/// While the server cannot be reached, events go to the dataset's spool (`JournalSpool`) with
/// provisional numbers, and `waiting` counts them; the next store that reaches the server sends
/// them first, in order, exactly once, numbered after whatever others wrote meanwhile.
public final class PostgresJournalStore: JournalStore {
    public let location: String
    public private(set) var lastSeq = 0
    public private(set) var problems: [Issue] = []
    public var unreadBytes: Int { 0 }
    /// Events saved locally, waiting for the server.
    public private(set) var waiting = 0
    private let connection: PostgresConnection?
    private let dataset: String
    private let spool: JournalSpool

    /// `connection` nil: the server could not be reached, and everything goes to the spool.
    init(connection: PostgresConnection?, location: String, dataset: String, stateDirectory: URL) {
        self.connection = connection
        self.dataset = dataset
        self.location = "\(location) (dataset \(dataset))"
        spool = JournalSpool(stateDirectory: stateDirectory)
    }

    public func events(after seq: Int) -> [JournalEvent] {
        var list = EventList()
        var ignored: [Issue] = []
        _ = try? read(after: seq, into: &list, problems: &ignored)
        return list.events
    }

    public func readNew<Reader: JournalReader>(into reader: inout Reader) {
        guard let connection else { return readSpool(into: &reader) }
        guard connection.isUp else { return }  // lost mid-session: this session's events go to the spool
        do {
            lastSeq = try read(after: lastSeq, into: &reader, problems: &problems)
        } catch {
            problems.append(Issue(.warning, "journal.unreachable", error.description, location: location))
        }
    }

    /// A commit by anyone to this dataset notifies `winnow_events` with its name.
    public func takeWakeUp() -> Bool { connection?.takeNotification(dataset) ?? false }

    public func append(_ actions: [JournalAction], reviewer: String, time: String) throws(JournalError)
        -> (earlier: [JournalEvent], written: [JournalEvent])
    {
        guard let connection, waiting == 0, connection.isUp else { return try saveLocally(actions, reviewer: reviewer, time: time) }
        do {
            return try transaction(connection) { () throws(JournalError) in
                var earlier = EventList()
                var seen = problems
                let after = try read(after: lastSeq, into: &earlier, problems: &seen, inTransaction: true)
                let written = actions.enumerated().map { JournalEvent(seq: after + 1 + $0.offset, time: time, reviewer: reviewer, action: $0.element) }
                try insert(written, ids: nil, connection)
                problems = seen
                lastSeq = written.last?.seq ?? after
                return (earlier.events, written)
            }
        } catch {
            // The connection dropped: nothing was committed, so the batch is saved here instead.
            if !connection.isUp { return try saveLocally(actions, reviewer: reviewer, time: time) }
            throw JournalError.cannotWrite(location, Self.reason(error))
        }
    }

    /// Copies a file journal's events in, numbers and lines unchanged (`winnow journal push`). Events
    /// the database already holds must be the same first ones (a push repeated after an
    /// interruption adds only the rest); anything else is refused and nothing is written.
    public func importEvents(_ events: [JournalEvent]) throws(JournalError) -> Int {
        guard let connection else { throw JournalError.database(location, "cannot be reached; nothing was pushed") }
        return try transaction(connection) { () throws(JournalError) in
            let held = try connection.execute("SELECT seq, line FROM winnow_events WHERE dataset = $1 ORDER BY seq", [dataset])
            let mine = events.map { (String($0.seq), $0.line()) }
            guard held.count <= mine.count, zip(held, mine).allSatisfy({ $0[0] == $1.0 && $0[1] == $1.1 }) else {
                throw JournalError.database(location, "already holds \(held.count) events of dataset \(dataset) that are not this journal's; "
                    + "nothing was pushed (pull them with `winnow journal pull`, or push to another database)")
            }
            let rest = Array(events.dropFirst(held.count))
            try insert(rest, ids: nil, connection)
            return rest.count
        }
    }

    /// Sends the spool, if any, before anything else: numbered after the events already there,
    /// undo and redo retargeted to the new numbers, those whose id arrived before skipped. The
    /// number of events sent; the spool is removed once they are committed.
    func sendSpool() throws(JournalError) -> Int {
        let entries = spool.entries()
        guard let connection, !entries.isEmpty else { return 0 }
        let sent = try transaction(connection) { () throws(JournalError) -> Int in
            let ids = entries.map(\.id)
            let arrived = Set(try connection.execute("SELECT event_id FROM winnow_events WHERE event_id = ANY($1::text[])", [Self.array(ids)])
                .compactMap { $0.first ?? nil })
            let end = Int(try connection.execute("SELECT coalesce(max(seq), 0) FROM winnow_events WHERE dataset = $1", [dataset])
                .first?.first.flatMap { $0 } ?? "0") ?? 0
            let fresh = entries.filter { !arrived.contains($0.id) }
            var renumbered: [Int: Int] = [:]
            for (offset, entry) in fresh.enumerated() { renumbered[entry.event.seq] = end + 1 + offset }
            let events = fresh.enumerated().map { offset, entry in
                JournalEvent(seq: end + 1 + offset, time: entry.event.time, reviewer: entry.event.reviewer,
                             action: Self.retargeted(entry.event.action, renumbered))
            }
            try insert(events, ids: fresh.map(\.id), connection)
            return events.count
        }
        spool.remove()
        return sent
    }

    // MARK: - Reading

    /// Feeds the rows after `seq` to `reader` as journal lines, the reader's fast path first; the
    /// last sequence number read. Outside a transaction the rows come through a cursor in pages
    /// (a million rows never sit in memory at once; one plan, not one sort a page); inside one
    /// (an append's look at what others wrote) in one query.
    private func read<Reader: JournalReader>(after seq: Int, into reader: inout Reader, problems: inout [Issue],
                                             inTransaction: Bool = false) throws(JournalError) -> Int {
        guard let connection else { return seq }
        var last = seq
        let query = "SELECT seq, line FROM winnow_events WHERE dataset = $1 AND seq > $2 ORDER BY seq"
        func visit(_ seq: UnsafeBufferPointer<UInt8>, _ line: UnsafeBufferPointer<UInt8>) {
            guard let number = Self.integer(seq) else { return }
            last = apply(line, number: number, into: &reader, problems: &problems) ?? last
        }
        if inTransaction {
            _ = try connection.forEachRow(query, [dataset, String(seq)], visit)
            return last
        }
        try connection.transaction { () throws(JournalError) in
            try connection.execute("SET LOCAL jit = off")  // compiling the scan took as long as running it
            try connection.execute("DECLARE winnow_replay NO SCROLL CURSOR FOR " + query, [dataset, String(seq)])
            while try connection.forEachRow("FETCH \(Self.page) FROM winnow_replay", [], visit) == Self.page {}
            try connection.execute("CLOSE winnow_replay")
        }
        return last
    }

    private static let page = 50_000

    private static func integer(_ digits: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count < 19, digits.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// One row: its number when it was read, nil when it was skipped (and reported).
    private func apply<Reader: JournalReader>(_ line: UnsafeBufferPointer<UInt8>, number: Int, into reader: inout Reader, problems: inout [Issue]) -> Int? {
        if let taken = reader.read(line: line) {
            if taken == number { return number }
            problems.append(Issue(.warning, "journal.bad-line", "row \(number) holds the line of event \(taken)", location: location))
            return nil
        }
        switch JournalEvent.parse(line: ArraySlice(line)) {
        case .success(let event) where event.seq == number:
            reader.read(event: event)
            return number
        case .success(let event):
            problems.append(Issue(.warning, "journal.bad-line", "row \(number) holds the line of event \(event.seq); skipped", location: location))
        case .failure(let error):
            problems.append(Issue(.warning, "journal.bad-line", "row \(number): \(error.description)", location: location))
        }
        return nil
    }

    /// Offline, the state is the spool's: events saved here before, by this or an earlier command.
    private func readSpool<Reader: JournalReader>(into reader: inout Reader) {
        for entry in spool.entries() where entry.event.seq > lastSeq {
            reader.read(event: entry.event)
            lastSeq = entry.event.seq
            waiting += 1
        }
    }

    // MARK: - Writing

    private func saveLocally(_ actions: [JournalAction], reviewer: String, time: String) throws(JournalError)
        -> (earlier: [JournalEvent], written: [JournalEvent])
    {
        let written = actions.enumerated().map { JournalEvent(seq: lastSeq + 1 + $0.offset, time: time, reviewer: reviewer, action: $0.element) }
        guard spool.append(written) else {
            throw JournalError.cannotWrite(spool.url.path, "the journal database cannot be reached, and saving here failed too")
        }
        lastSeq = written.last?.seq ?? lastSeq
        waiting += written.count
        return ([], written)
    }

    private func insert(_ events: [JournalEvent], ids: [String]?, _ connection: PostgresConnection) throws(JournalError) {
        guard !events.isEmpty else { return }
        try connection.execute("""
            INSERT INTO winnow_events (dataset, seq, reviewer, type, line, event_id)
            SELECT $1, s, r, t, l, nullif(i, '') FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[]) AS x(s, r, t, l, i)
            """, [dataset, Self.array(events.map { String($0.seq) }), Self.array(events.map(\.reviewer)),
                  Self.array(events.map(\.action.typeName)), Self.array(events.map { $0.line() }),
                  Self.array(ids ?? events.map { _ in "" })])
        try connection.execute("SELECT pg_notify('winnow_events', $1)", [dataset])
    }

    /// `body` in a transaction holding this dataset's lock.
    private func transaction<T>(_ connection: PostgresConnection, _ body: () throws(JournalError) -> T) throws(JournalError) -> T {
        try connection.transaction { () throws(JournalError) -> T in
            try connection.execute("SELECT pg_advisory_xact_lock(hashtext($1))", ["winnow:" + dataset])
            return try body()
        }
    }

    /// An undo or redo of a spooled event points at its new number.
    private static func retargeted(_ action: JournalAction, _ renumbered: [Int: Int]) -> JournalAction {
        switch action {
        case .undo(let target): return .undo(target: renumbered[target] ?? target)
        case .redo(let target): return .redo(target: renumbered[target] ?? target)
        default: return action
        }
    }

    /// A text[] literal: every element quoted, with its quotes and backslashes escaped.
    private static func array(_ values: [String]) -> String {
        "{" + values.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
            .joined(separator: ",") + "}"
    }

    private static func reason(_ error: JournalError) -> String {
        if case .database(_, let why) = error { return why }
        return error.description
    }
}

/// Events read from rows, in order.
struct EventList: JournalReader {
    private(set) var events: [JournalEvent] = []
    mutating func read(line: UnsafeBufferPointer<UInt8>) -> Int? { nil }
    mutating func read(event: JournalEvent) { events.append(event) }
}
