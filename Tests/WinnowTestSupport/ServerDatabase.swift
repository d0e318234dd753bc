import Foundation
import XCTest

/// A fresh database for one test in the PostgreSQL server `WINNOW_TEST_POSTGRES` names (`.ci/run`
/// starts a throw-away one with scripts/throwaway-postgres.sh), made and dropped with psql.
public final class ServerDatabase {
    /// The connection string of the new database.
    public let url: String
    private let server: String
    private let name = "winnow_test_\(UUID().uuidString.prefix(8).lowercased())"

    public init() throws {
        guard let server = ProcessInfo.processInfo.environment["WINNOW_TEST_POSTGRES"], !server.isEmpty else {
            throw XCTSkip("set WINNOW_TEST_POSTGRES to a PostgreSQL connection string (.ci/run starts a throw-away server)")
        }
        self.server = server
        url = server.replacingOccurrences(of: "/postgres?", with: "/\(name)?")
        let made = Self.psql(server, "CREATE DATABASE \(name)")
        guard made.status == 0 else { throw XCTSkip("cannot create a database: \(made.output)") }
    }

    deinit { _ = Self.psql(server, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }

    /// The password in the connection string.
    public var password: String { URLComponents(string: url)?.password ?? "" }

    /// One statement's rows, `|`-separated; fails the test when psql does.
    @discardableResult
    public func query(_ sql: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        let result = Self.psql(url, sql)
        XCTAssertEqual(result.status, 0, result.output, file: file, line: line)
        return result.output
    }

    private static func psql(_ connection: String, _ sql: String) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/psql")
        process.arguments = [connection, "-tAqc", sql]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        do { try process.run() } catch { return (-1, "\(error)") }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
