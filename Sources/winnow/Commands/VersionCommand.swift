import Foundation
import WinnowApp
import WinnowCore

/// `winnow version PATH create -m TEXT [--major]` and `winnow version PATH list [--json]`: named,
/// immutable states of the dataset (journal positions and source-file hashes).
enum VersionCommand {
    static func run(_ args: ParsedArguments) throws(CLIError) -> ExitCode {
        let path = try DatasetPath.single(args, command: "version", extra: 1)
        guard args.positional.count == 2, ["create", "list"].contains(args.positional[1]) else {
            throw .usage("expected PATH create -m TEXT, or PATH list", command: "version")
        }
        let session = try CommonOptions(args, path: path, command: "version").open()
        var history = VersionHistory(stateDirectory: session.workspaceStateDirectory)
        for problem in history.problems { StandardError.write("warning: \(TerminalSafe.text(problem))") }
        if args.positional[1] == "create" {
            guard let message = args["m"], !message.isEmpty else { throw .usage("create needs -m TEXT", command: "version") }
            if let problem = session.prepareForWriting().first { throw .unreadable(problem.description) }
            let version: DatasetVersion
            do { version = try history.create(session, message: message, major: args.has("major"), time: CurationSession.timestamp(Date())) } catch { throw .unreadable(error.message) }
            print("version \(version.number): \(version.files.count) source files, journal at "
                  + version.positions.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
            return .ok
        }
        var rows: [(version: DatasetVersion, changed: [String])] = []
        for version in history.versions {
            do { rows.append((version, try VersionHistory.changedFiles(since: version, session.workspace))) } catch { throw .unreadable(error.message) }
        }
        if args.has("json") {
            JSONOutput.print(.array(rows.map(json)))
        } else {
            for (version, changed) in rows {
                let note = changed.isEmpty ? "" : "  (\(changed.count) source files changed since: \(changed.prefix(3).joined(separator: ", "))\(changed.count > 3 ? ", …" : ""))"
                print(TerminalSafe.text("\(version.number)  \(version.time)  \(version.reviewer)  \(version.message)\(note)"))
            }
        }
        return .ok
    }

    private static func json(_ row: (version: DatasetVersion, changed: [String])) -> JSONValue {
        let v = row.version
        let positions = JSONObject(v.positions.sorted { $0.key < $1.key }.map { ($0.key, JSONValue($0.value)) })
        return .object(JSONObject([
            ("number", .string(v.number)), ("message", .string(v.message)), ("reviewer", .string(v.reviewer)), ("time", .string(v.time)),
            ("files", JSONValue(v.files.count)), ("positions", .object(positions)), ("changed_files", .array(row.changed.map { .string($0) })),
        ]))
    }
}
