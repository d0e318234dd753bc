import Foundation
import XCTest
@testable import WinnowPostgres

/// A fresh database for one test in the server `WINNOW_TEST_POSTGRES` names (`.ci/run` starts a
/// throw-away one with scripts/throwaway-postgres.sh), dropped afterwards.
final class TestDatabase {
    let connectionString: String
    private let admin: PostgresConnection
    private let name = "winnow_test_\(UUID().uuidString.prefix(8).lowercased())"

    init() throws {
        guard let server = ProcessInfo.processInfo.environment["WINNOW_TEST_POSTGRES"], !server.isEmpty else {
            throw XCTSkip("set WINNOW_TEST_POSTGRES to a PostgreSQL connection string (.ci/run starts a throw-away server)")
        }
        admin = try PostgresConnection(server)
        try admin.execute("CREATE DATABASE \(name)")
        connectionString = server.replacingOccurrences(of: "/postgres?", with: "/\(name)?")
    }

    deinit { _ = try? admin.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }

    /// A connection of its own, as another reviewer's process would have.
    func connect() throws -> PostgresConnection { try PostgresConnection(connectionString) }
}
