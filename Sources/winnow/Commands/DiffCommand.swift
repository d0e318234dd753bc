import WinnowApp
import WinnowCore

/// `winnow diff PATH A B [--json]`: the items whose verdicts, labels or text changed between two versions.
enum DiffCommand {
    static func run(_ args: ParsedArguments) throws(CLIError) -> ExitCode {
        let path = try DatasetPath.single(args, command: "diff", extra: 2)
        guard args.positional.count == 3 else { throw .usage("expected PATH VERSION VERSION (see `winnow version PATH list`)", command: "diff") }
        let session = try CommonOptions(args, path: path, command: "diff").open()
        let history = VersionHistory(stateDirectory: session.workspaceStateDirectory)
        let versions = try args.positional[1...2].map { number throws(CLIError) -> DatasetVersion in
            guard let version = history.version(number) else {
                throw CLIError(message: "no version \(TerminalSafe.text(number)) of \(path) (see `winnow version PATH list`)", code: .findings)
            }
            return version
        }
        let changes = VersionDiff.changes(session, from: versions[0], to: versions[1])
        if args.has("json") {
            JSONOutput.print(.array(changes.map { .object(JSONObject([("item", .string($0.item)), ("changes", .array($0.what.map { .string($0) }))])) }))
        } else {
            for change in changes { print(TerminalSafe.text("\(change.item)\t\(change.what.joined(separator: "; "))")) }
            StandardError.write("\(changes.count) items changed between \(versions[0].number) and \(versions[1].number)")
        }
        return .ok
    }
}
