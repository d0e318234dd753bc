import WinnowApp
import WinnowCore

/// `winnow list PATH [--json]`: one item per line in review order (JSON Lines with --json).
enum ListCommand {
    static func run(_ args: ParsedArguments) throws(CLIError) -> ExitCode {
        let path = try DatasetPath.single(args, command: "list")
        let query = try FilterOption.parse(args, command: "list")
        let queue = try args["queue"].map { name throws(CLIError) -> QueueName in
            guard let queue = QueueName(rawValue: name) else {
                throw .usage("unknown queue '\(name)' (queues: \(QueueName.allCases.map(\.rawValue).joined(separator: ", ")))", command: "list")
            }
            return queue
        } ?? .all
        let options = try CommonOptions(args, path: path, command: "list")
        let session = try options.open()
        CommonOptions.reportProblems(session)
        let snapshot = try options.snapshot(session)
        let selected = Set(snapshot.select(query))
        for index in snapshot.queue(queue) where selected.contains(index) {
            let row = ReviewReport.listRow(snapshot, item: index)
            if args.has("json") {
                JSONOutput.print(row)
            } else {
                print(text(row))
            }
        }
        return .ok
    }

    private static func text(_ row: JSONValue) -> String {
        let verdict = row["verdict"]?.stringValue ?? "-"
        let confidence = ShowText.confidence(row["confidence"])
        let fields = [verdict, row["tier"]?.stringValue ?? "", confidence,
                      "\(row["labels"]?.intValue ?? 0) labels", "\(row["issues"]?.intValue ?? 0) issues", row["id"]?.stringValue ?? ""]
        return TerminalSafe.row(fields)
    }
}
