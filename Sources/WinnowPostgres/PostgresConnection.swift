import CLibPQ
import Foundation
import WinnowCore

/// One libpq connection: statements with text parameters ($1, $2 …) answered with rows of text.
/// The connection string follows libpq's conventions (URIs, service files, `PGPASSFILE`,
/// `sslmode`); its password never reaches a message or `location`.
final class PostgresConnection {
    private let handle: OpaquePointer
    private let secrets: ConnectionSecrets
    private var pending = Set<String>()
    /// `postgresql://user@host:port/database`, without the password.
    let location: String

    init(_ connectionString: String) throws(JournalError) {
        secrets = ConnectionSecrets(connectionString)
        let safe = secrets.redacted(connectionString)
        // A typo is the user's to fix, not an outage to wait out (saving locally forever).
        var parseError: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(connectionString, &parseError) else {
            let why = secrets.redacted(Self.message(parseError))
            PQfreemem(parseError)
            throw .database(safe, "not a PostgreSQL connection string (\(why))")
        }
        PQconninfoFree(options)
        guard let connection = PQconnectdb(connectionString) else { throw .database(safe, "cannot allocate a connection") }
        guard PQstatus(connection) == CONNECTION_OK else {
            let why = secrets.redacted(Self.message(PQerrorMessage(connection)))
            PQfinish(connection)
            // A server that answered (FATAL: a wrong password, no such database) refused; else none answered.
            if why.contains("FATAL:") { throw .database(safe, "the journal database refused the connection (\(why))") }
            throw .unreachable(safe, why)
        }
        handle = connection
        // libpq prints notices (a column that exists, a server shutting down) on stderr, which
        // would land in the middle of the workstation's screen: they are dropped.
        PQsetNoticeProcessor(connection, { _, _ in }, nil)
        let text = { (value: UnsafeMutablePointer<CChar>?) in value.map { String(cString: $0) } ?? "" }
        let host = text(PQhost(connection))
        location = "postgresql://\(text(PQuser(connection)))@\(host.hasPrefix("/") ? "[\(host)]" : host):\(text(PQport(connection)))/\(text(PQdb(connection)))"
    }

    deinit { PQfinish(handle) }

    /// Whether the connection still stands (a dropped one says no after its first failed statement).
    var isUp: Bool { PQstatus(handle) == CONNECTION_OK }

    /// Runs one statement; the rows it returned, each a list of columns (nil for SQL NULL).
    @discardableResult
    func execute(_ sql: String, _ parameters: [String?] = []) throws(JournalError) -> [[String?]] {
        let result = send(sql, parameters)
        defer { PQclear(result) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK: return []
        case PGRES_TUPLES_OK: return rows(result)
        default: throw failure(result)
        }
    }

    /// Runs a query and hands `visit` each row's first two columns as bytes in libpq's own buffer
    /// (valid only during the call): a replay of a million rows makes no strings. The row count.
    func forEachRow(_ sql: String, _ parameters: [String], _ visit: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>) -> Void) throws(JournalError) -> Int {
        let result = send(sql, parameters)
        defer { PQclear(result) }
        guard PQresultStatus(result) == PGRES_TUPLES_OK, PQnfields(result) >= 2 else { throw failure(result) }
        let rows = PQntuples(result)
        for row in 0..<rows {
            let column = { (index: Int32) in
                UnsafeBufferPointer(start: UnsafeRawPointer(PQgetvalue(result, row, index)).assumingMemoryBound(to: UInt8.self),
                                    count: Int(PQgetlength(result, row, index)))
            }
            visit(column(0), column(1))
        }
        return Int(rows)
    }

    /// `body` between BEGIN and COMMIT; rolled back when it throws.
    func transaction<T>(_ body: () throws(JournalError) -> T) throws(JournalError) -> T {
        try execute("BEGIN")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            _ = try? execute("ROLLBACK")
            throw error
        }
    }

    /// Whether a notification with this payload arrived on a `LISTEN`ed channel since the last
    /// call for it (reads what the socket holds without waiting).
    func takeNotification(_ payload: String) -> Bool {
        if PQconsumeInput(handle) == 1 {
            while let notice = PQnotifies(handle) {
                pending.insert(String(cString: notice.pointee.extra))
                PQfreemem(notice)
            }
        }
        return pending.remove(payload) != nil
    }

    /// The statement with its text parameters ($1, $2 …), sent and answered.
    private func send(_ sql: String, _ parameters: [String?]) -> OpaquePointer? {
        var copies = parameters.map { $0.map { strdup($0) } ?? nil }
        defer { for copy in copies { free(copy) } }
        return copies.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: max(1, buffer.count)) { values in
                PQexecParams(handle, sql, Int32(parameters.count), nil, parameters.isEmpty ? nil : values, nil, nil, 0)
            }
        }
    }

    private func failure(_ result: OpaquePointer?) -> JournalError {
        .database(location, secrets.redacted(Self.message(PQresultErrorMessage(result))))
    }

    private func rows(_ result: OpaquePointer?) -> [[String?]] {
        let columns = PQnfields(result)
        return (0..<PQntuples(result)).map { row in
            (0..<columns).map { column in
                PQgetisnull(result, row, column) == 1 ? nil : String(cString: PQgetvalue(result, row, column))
            }
        }
    }

    private static func message(_ text: UnsafeMutablePointer<CChar>?) -> String {
        (text.map { String(cString: $0) } ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            .replacingOccurrences(of: "\n", with: "; ").replacingOccurrences(of: "\t", with: " ")
    }
}
