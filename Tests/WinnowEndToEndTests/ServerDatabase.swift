import Foundation
import XCTest

/// A fresh database in the server `WINNOW_TEST_POSTGRES` names (`.ci/run` starts a throw-away
/// one), made and dropped with psql, for the commands' `--journal`.
final class ServerDatabase {
    let url: String
    private let server: String
    private let name = "winnow_e2e_\(UUID().uuidString.prefix(8).lowercased())"

    init() throws {
        guard let server = ProcessInfo.processInfo.environment["WINNOW_TEST_POSTGRES"], !server.isEmpty else {
            throw XCTSkip("set WINNOW_TEST_POSTGRES to a PostgreSQL connection string (.ci/run starts a throw-away server)")
        }
        self.server = server
        url = server.replacingOccurrences(of: "/postgres?", with: "/\(name)?")
        let made = try WinnowProcess.shell("psql '\(server)' -qc 'CREATE DATABASE \(name)'")
        guard made.status == 0 else { throw XCTSkip("cannot create a database: \(made.stderr)") }
    }

    deinit { _ = try? WinnowProcess.shell("psql '\(server)' -qc 'DROP DATABASE IF EXISTS \(name) WITH (FORCE)'") }

    /// The password in the connection string.
    var password: String { URLComponents(string: url)?.password ?? "" }

    /// One query's rows, `|`-separated, through psql.
    func query(_ sql: String) throws -> String {
        try WinnowProcess.shell("psql '\(url)' -tAc \"\(sql)\"").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
