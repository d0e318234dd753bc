import Foundation
import WinnowCore

/// `--journal postgresql://…`: every dataset's events in one database, named by the dataset's
/// folder (or file) name, over one connection opened (and the schema checked) up front.
///
/// A server that cannot be reached (no answer, no socket) leaves the stores offline: events are
/// saved in each dataset's spool and sent by the next command that reaches it. A server that
/// answers and refuses (a wrong password, no such database, a newer schema) stops the command.
public final class PostgresJournalStores: JournalStoreKind, @unchecked Sendable {
    private let connection: PostgresConnection?
    private let connectionString: String
    /// Where the events go, without the password.
    public let location: String
    /// What to tell the user once: tables created, events sent, or the server unreachable.
    public private(set) var notes: [String] = []

    public init(connectionString: String) throws(JournalError) {
        self.connectionString = connectionString
        do {
            let connection = try PostgresConnection(connectionString)
            if let created = try PostgresJournalSchema.prepare(connection) { notes.append(created) }
            try connection.execute("LISTEN winnow_events")
            self.connection = connection
            location = connection.location
        } catch {
            guard case .unreachable(let safeLocation, let why) = error else { throw error }
            connection = nil
            location = safeLocation
            // What it means first: at 80 columns the status bar shows only the start.
            notes.append("cannot reach the journal database: verdicts are saved on this machine and sent when it can be reached "
                         + "(\(safeLocation): \(why))")
        }
    }

    /// Where events wait in a dataset's state folder while the server cannot be reached.
    public static let spoolFileName = JournalSpool.fileName

    /// False while the server cannot be reached (everything goes to the spool).
    public var isOnline: Bool { connection != nil }
    public var notifiesAppends: Bool { connection != nil }

    /// Claims as rows of the database, on a connection of their own (files if it cannot be had).
    public func claims(stateDirectory: URL, workspace: String) -> ItemClaims {
        guard connection != nil, let own = try? PostgresConnection(connectionString) else { return ClaimRegistry(stateDirectory: stateDirectory) }
        return PostgresClaims(connection: own, workspace: workspace)
    }

    public func existing(in stateDirectory: URL, dataset: String) -> JournalStore? {
        store(stateDirectory, dataset)
    }

    public func creating(in stateDirectory: URL, dataset: String) throws(JournalError) -> JournalStore {
        store(stateDirectory, dataset)
    }

    /// The dataset's store, its spool sent first when the server is there.
    private func store(_ stateDirectory: URL, _ dataset: String) -> PostgresJournalStore {
        let store = PostgresJournalStore(connection: connection, location: location, dataset: dataset, stateDirectory: stateDirectory)
        do {
            let sent = try store.sendSpool()
            if sent > 0 { notes.append("sent \(sent) events of \(dataset) saved on this machine while the journal database could not be reached") }
        } catch {
            notes.append("the events of \(dataset) saved on this machine were not sent (\(error.description)); they stay in \(JournalSpool.fileName)")
        }
        return store
    }
}
