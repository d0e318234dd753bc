import Foundation
import WinnowCore

/// `--journal postgresql://…`: every dataset's events in one database, named by the dataset's
/// folder (or file) name, over one connection opened (and the schema checked) up front.
public final class PostgresJournalStores: JournalStoreKind, @unchecked Sendable {
    private let connection: PostgresConnection
    private let connectionString: String
    /// Said once: the tables were created.
    public let note: String?

    public init(connectionString: String) throws(JournalError) {
        self.connectionString = connectionString
        connection = try PostgresConnection(connectionString)
        note = try PostgresJournalSchema.prepare(connection)
        try connection.execute("LISTEN winnow_events")
    }

    public var location: String { connection.location }
    public var notifiesAppends: Bool { true }

    /// Claims as rows of the database, on a connection of their own (files if it cannot be had).
    public func claims(stateDirectory: URL, workspace: String) -> ItemClaims {
        guard let own = try? PostgresConnection(connectionString) else { return ClaimRegistry(stateDirectory: stateDirectory) }
        return PostgresClaims(connection: own, workspace: workspace)
    }

    public func existing(in stateDirectory: URL, dataset: String) -> JournalStore? {
        PostgresJournalStore(connection: connection, dataset: dataset)
    }

    public func creating(in stateDirectory: URL, dataset: String) throws(JournalError) -> JournalStore {
        PostgresJournalStore(connection: connection, dataset: dataset)
    }
}
