import Foundation
import WinnowCore

/// One dataset's events in PostgreSQL: a row per event holding the line the file journal would
/// hold (checksum included), numbered by the database. A batch is one transaction, under a lock
/// per dataset, and returns only after the commit (synchronous_commit): all of it or none.
public final class PostgresJournalStore: JournalStore {
    public let location: String
    public private(set) var lastSeq = 0
    public private(set) var problems: [Issue] = []
    public var unreadBytes: Int { 0 }
    private let connection: PostgresConnection
    private let dataset: String

    init(connection: PostgresConnection, dataset: String) {
        self.connection = connection
        self.dataset = dataset
        location = "\(connection.location) (dataset \(dataset))"
    }

    public func events(after seq: Int) -> [JournalEvent] {
        var list = EventList()
        var ignored: [Issue] = []
        _ = try? read(after: seq, into: &list, problems: &ignored)
        return list.events
    }

    public func readNew<Reader: JournalReader>(into reader: inout Reader) {
        do {
            lastSeq = try read(after: lastSeq, into: &reader, problems: &problems)
        } catch {
            problems.append(Issue(.warning, "journal.unreachable", error.description, location: location))
        }
    }

    /// A commit by anyone to this dataset notifies `winnow_events` with its name.
    public func takeWakeUp() -> Bool { connection.takeNotification(dataset) }

    public func append(_ actions: [JournalAction], reviewer: String, time: String) throws(JournalError)
        -> (earlier: [JournalEvent], written: [JournalEvent])
    {
        try connection.execute("BEGIN")
        do throws(JournalError) {
            try connection.execute("SELECT pg_advisory_xact_lock(hashtext($1))", ["winnow:" + dataset])
            var earlier = EventList()
            var seen = problems
            let after = try read(after: lastSeq, into: &earlier, problems: &seen)
            let written = actions.enumerated().map { JournalEvent(seq: after + 1 + $0.offset, time: time, reviewer: reviewer, action: $0.element) }
            if !written.isEmpty {
                try connection.execute("""
                    INSERT INTO winnow_events (dataset, seq, reviewer, type, line)
                    SELECT $1, s, $2, t, l FROM unnest($3::bigint[], $4::text[], $5::text[]) AS x(s, t, l)
                    """, [dataset, reviewer, Self.array(written.map { String($0.seq) }), Self.array(written.map(\.action.typeName)),
                          Self.array(written.map { $0.line() })])
                try connection.execute("SELECT pg_notify('winnow_events', $1)", [dataset])
            }
            try connection.execute("COMMIT")
            problems = seen
            lastSeq = written.last?.seq ?? after
            return (earlier.events, written)
        } catch {
            _ = try? connection.execute("ROLLBACK")
            throw JournalError.cannotWrite(location, Self.reason(error))
        }
    }

    /// Copies a file journal's events in, numbers and lines unchanged (`winnow journal push`). Events
    /// the database already holds must be the same first ones (a push repeated after an
    /// interruption adds only the rest); anything else is refused and nothing is written.
    public func importEvents(_ events: [JournalEvent]) throws(JournalError) -> Int {
        try connection.execute("BEGIN")
        do throws(JournalError) {
            try connection.execute("SELECT pg_advisory_xact_lock(hashtext($1))", ["winnow:" + dataset])
            let held = try connection.execute("SELECT seq, line FROM winnow_events WHERE dataset = $1 ORDER BY seq", [dataset])
            let mine = events.map { (String($0.seq), $0.line()) }
            guard held.count <= mine.count, zip(held, mine).allSatisfy({ $0[0] == $1.0 && $0[1] == $1.1 }) else {
                throw JournalError.database(location, "already holds \(held.count) events of dataset \(dataset) that are not this journal's; "
                    + "nothing was pushed (pull them with `winnow journal pull`, or push to another database)")
            }
            let rest = Array(events.dropFirst(held.count))
            if !rest.isEmpty {
                try connection.execute("""
                    INSERT INTO winnow_events (dataset, seq, reviewer, type, line)
                    SELECT $1, s, r, t, l FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[]) AS x(s, r, t, l)
                    """, [dataset, Self.array(rest.map { String($0.seq) }), Self.array(rest.map(\.reviewer)),
                          Self.array(rest.map(\.action.typeName)), Self.array(rest.map { $0.line() })])
                try connection.execute("SELECT pg_notify('winnow_events', $1)", [dataset])
            }
            try connection.execute("COMMIT")
            return rest.count
        } catch {
            _ = try? connection.execute("ROLLBACK")
            throw error
        }
    }

    /// Feeds the rows after `seq` to `reader` as journal lines; the last sequence number read.
    private func read<Reader: JournalReader>(after seq: Int, into reader: inout Reader, problems: inout [Issue]) throws(JournalError) -> Int {
        var last = seq
        let rows = try connection.execute("SELECT seq, line FROM winnow_events WHERE dataset = $1 AND seq > $2 ORDER BY seq",
                                          [dataset, String(seq)])
        for row in rows {
            guard row.count == 2, let number = row[0].flatMap({ Int($0) }), let line = row[1] else { continue }
            switch JournalEvent.parse(line: ArraySlice(line.utf8)) {
            case .success(let event) where event.seq == number:
                reader.read(event: event)
                last = number
            case .success(let event):
                problems.append(Issue(.warning, "journal.bad-line", "row \(number) holds the line of event \(event.seq); skipped", location: location))
            case .failure(let error):
                problems.append(Issue(.warning, "journal.bad-line", "row \(number): \(error.description)", location: location))
            }
        }
        return last
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
