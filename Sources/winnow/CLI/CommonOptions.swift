import Foundation
import WinnowCore

/// Options every dataset command takes: where the data is, how to read it, where state lives, who is reviewing.
struct CommonOptions: Sendable {
    static let valued: Set<String> = ["format", "images", "state", "reviewer"]

    var path: String
    var read: ReadOptions
    var state: URL?
    var reviewer: String

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

    /// Reader and journal problems are reported on stderr, so that they are seen but do not stop the command.
    static func reportProblems(_ session: CurationSession) {
        for issue in session.problems { StandardError.write("warning: \(issue.text)") }
    }
}
