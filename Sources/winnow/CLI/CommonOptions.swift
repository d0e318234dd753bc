import Foundation
import WinnowCore

/// Options every dataset command takes: where the data is, how to read it, where state lives, who is reviewing.
struct CommonOptions: Sendable {
    static let valued: Set<String> = ["format", "images", "state", "reviewer", "tiers"]

    var path: String
    var read: ReadOptions
    var state: URL?
    var reviewer: String
    /// `--tiers HIGH,MEDIUM`: where the high and medium tiers start (else `.winnow/config`'s `tiers`).
    var explicitTiers: TierThresholds?
    /// `review --queue NAME --filter QUERY`: where the workstation starts (else where the reviewer left off).
    var startQueue: QueueName?
    var startFilter: FilterQuery?

    init(_ args: ParsedArguments, path: String, command: String) throws(CLIError) {
        self.path = path
        var read = ReadOptions()
        if let format = args["format"] {
            guard let parsed = DatasetFormat(rawValue: format) else {
                let known = DatasetFormat.allCases.map(\.rawValue).joined(separator: ", ")
                throw .usage("unknown --format \(format) (known: \(known))", command: command)
            }
            read.format = parsed
        }
        read.imagesDirectory = args["images"].map { URL(fileURLWithPath: $0) }
        self.read = read
        state = args["state"].map { URL(fileURLWithPath: $0, isDirectory: true) }
        let env = ProcessInfo.processInfo.environment
        reviewer = args["reviewer"] ?? env["USER"] ?? env["LOGNAME"] ?? "reviewer"
        if let tiers = args["tiers"] { explicitTiers = try Self.parseTiers(tiers, command: command) }
    }

    static func parseTiers(_ text: String, command: String) throws(CLIError) -> TierThresholds {
        let parts = text.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let high = parts[0], let medium = parts[1], 0 <= medium, medium < high, high <= 1 else {
            throw .usage("--tiers must be HIGH,MEDIUM with 0 <= MEDIUM < HIGH <= 1, e.g. 0.9,0.7", command: command)
        }
        return TierThresholds(high: high, medium: medium)
    }

    /// `--tiers`, else the config's `tiers`, else 0.9 / 0.7.
    func thresholds(for session: CurationSession) throws(CLIError) -> TierThresholds {
        if let explicitTiers { return explicitTiers }
        return try ConfigOption.load(self, workspace: session.workspace).tiers ?? .standard
    }

    /// The session's state as the reports see it, with these tiers.
    func snapshot(_ session: CurationSession, extraIssues: [[Issue]]? = nil) throws(CLIError) -> ReviewSnapshot {
        ReviewSnapshot(workspace: session.workspace, ledgers: session.ledgers, thresholds: try thresholds(for: session),
                       extraIssues: extraIssues)
    }

    /// Reads the dataset(s) and their journals.
    func open() throws(CLIError) -> CurationSession {
        try Self.open(path: path, read: read, stateOverride: state, reviewer: reviewer)
    }

    static func open(path: String, read: ReadOptions = ReadOptions(), stateOverride: URL?, reviewer: String) throws(CLIError) -> CurationSession {
        let workspace: Workspace
        do {
            workspace = try WorkspaceLoader.load(path: path, options: read)
        } catch {
            throw .unreadable(error.message)
        }
        return CurationSession(workspace: workspace, reviewer: reviewer, stateOverride: stateOverride)
    }

    /// Problems reading the data (a bad manifest line, a COCO id from 0) and skipped journal lines are reported on stderr, so that they are seen but do not stop the command.
    static func reportProblems(_ session: CurationSession) {
        let reading = session.workspace.issues + session.workspace.datasets.flatMap(\.issues)
        for issue in reading where issue.severity != .info { StandardError.write("\(issue.severity.rawValue): \(issue.text)") }
        for issue in session.problems { StandardError.write("warning: \(issue.text)") }
    }
}
