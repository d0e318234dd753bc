import Foundation
import WinnowCore
import WinnowPostgres

/// Options every dataset command takes: where the data is, how to read it, where state lives, who is reviewing.
package struct CommonOptions: Sendable {
    package var path: String
    package var read: ReadOptions
    package var state: URL?
    /// `--journal postgresql://…`: the journal in PostgreSQL (else `.winnow/config`'s `journal`, else the file).
    package var journal: String?
    package var reviewer: String
    /// `--tiers HIGH,MEDIUM`: where the high and medium tiers start (else `.winnow/config`'s `tiers`).
    package var explicitTiers: TierThresholds?
    /// `review --queue NAME --filter QUERY`: where the workstation starts (else where the reviewer left off).
    package var startQueue: QueueName?
    package var startFilter: FilterQuery?
    /// `--show-private`: e-mail addresses in full where they are shown (never in exports).
    package var showPrivate = false
    /// `review --thumbnail-cache MB`: decoded thumbnails kept, in bytes.
    package var thumbnailCacheBytes = 64 << 20

    package init(path: String, read: ReadOptions = ReadOptions(), state: URL? = nil, reviewer: String) {
        self.path = path
        self.read = read
        self.state = state
        self.reviewer = reviewer
    }

    package static func parseTiers(_ text: String, command: String) throws(CLIError) -> TierThresholds {
        let parts = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let high = parts[0], let medium = parts[1], 0 <= medium, medium < high, high <= 1 else {
            throw .usage("--tiers must be HIGH,MEDIUM with 0 <= MEDIUM < HIGH <= 1, e.g. 0.9,0.7", command: command)
        }
        return TierThresholds(high: high, medium: medium)
    }

    /// `--tiers`, else the config's `tiers`, else 0.9 / 0.7.
    package func thresholds(for session: CurationSession) throws(CLIError) -> TierThresholds {
        if let explicitTiers { return explicitTiers }
        return try ConfigOption.load(self, workspace: session.workspace).tiers ?? .standard
    }

    /// The session's state as the reports see it, with these tiers.
    package func snapshot(_ session: CurationSession, extraIssues: [[Issue]]? = nil) throws(CLIError) -> ReviewSnapshot {
        ReviewSnapshot(workspace: session.workspace, ledgers: session.ledgers, thresholds: try thresholds(for: session),
                       extraIssues: extraIssues)
    }

    /// Reads the dataset(s) and their journals.
    /// The journal database's notes (tables made, events sent, the server unreachable) go to
    /// stderr unless `notes` takes them (the workstation shows them in its status bar).
    package func open(notes: ((String) -> Void)? = nil) throws(CLIError) -> CurationSession {
        var read = read
        if read.stateDirectory == nil { read.stateDirectory = state }  // the index cache goes where the state goes
        let ahead = journal == nil ? JournalReplayAhead(stateOverride: state) : nil
        if let ahead { read.whenPlaced = Self.replaying(into: ahead, stateOverride: state) }
        let workspace = try Self.workspace(path: path, read: read)
        let stores = try journalStores(workspace)
        let session = CurationSession(workspace: workspace, reviewer: reviewer, stateOverride: state, stores: stores,
                                      replayedAhead: stores is FileJournalStores ? ahead : nil)
        if stores is FileJournalStores { LeftForExit.keep(session) }  // a server's connection is closed politely
        // Said after the session opened its journals: a spool sent on the way is among them.
        for note in (stores as? PostgresJournalStores)?.notes ?? [] { (notes ?? { StandardError.write("note: \($0)") })(note) }
        // A preview's caches wait for the rest to be read and shown (`Workstation.adopt`).
        if !workspace.isPreview { BackgroundWrites.openDone() }
        return session
    }

    package static func open(path: String, read: ReadOptions = ReadOptions(), stateOverride: URL?, reviewer: String) throws(CLIError) -> CurationSession {
        try CommonOptions(path: path, read: read, state: stateOverride, reviewer: reviewer).open()
    }

    /// Starts replaying a dataset's file journal as soon as a reader places it; not when its config
    /// names a server.
    private static func replaying(into ahead: JournalReplayAhead, stateOverride: URL?) -> @Sendable (Dataset) -> Void {
        { dataset in
            let config = try? WinnowConfig.load(from: WinnowConfig.url(workspaceRoot: dataset.root, stateOverride: stateOverride))
            if config?.journal == nil { ahead.start(dataset) }
        }
    }

    /// The file journal, or PostgreSQL when `--journal` or the config names a server: connected and
    /// its tables checked here, so that a server that refuses stops the command at once (one that
    /// cannot be reached leaves the stores saving on this machine).
    private func journalStores(_ workspace: Workspace) throws(CLIError) -> JournalStoreKind {
        // The config's warnings are said when the commands read it for the rest; here only its journal.
        let configured = try? WinnowConfig.load(from: WinnowConfig.url(workspaceRoot: workspace.root, stateOverride: state))
        guard let address = journal ?? configured?.journal else { return FileJournalStores() }
        do throws(JournalError) {
            return try PostgresJournalStores(connectionString: address)
        } catch {
            throw .unreadable(error.description)
        }
    }

    /// The dataset(s) alone, without their journals; image pairs measured.
    package static func workspace(path: String, read: ReadOptions) throws(CLIError) -> Workspace {
        do {
            return PairMeasurements.measured(try WorkspaceLoader.load(path: path, options: read))
        } catch {
            throw .unreadable(error.message)
        }
    }

    /// Problems reading the data (a bad manifest line, a COCO id from 0) and skipped journal lines are reported on stderr, so that they are seen but do not stop the command.
    package static func reportProblems(_ session: CurationSession) {
        let reading = session.workspace.issues + session.workspace.datasets.flatMap(\.issues)
        for issue in reading where issue.severity != .info { StandardError.write("\(issue.severity.rawValue): \(issue.text)") }
        for issue in session.problems { StandardError.write("warning: \(issue.text)") }
    }
}
