import WinnowCore

/// `winnow list PATH [--json]`: one item per line in review order (JSON Lines with --json).
enum ListCommand {
    static func run(_ arguments: [String]) throws(CLIError) -> ExitCode {
        let args = try ParsedArguments(arguments, valued: CommonOptions.valued.union(["filter"]), flags: ["json"], command: "list")
        let path = try DatasetPath.single(args, command: "list")
        let query = try FilterOption.parse(args, command: "list")
        let session = try CommonOptions(args, path: path, command: "list").open()
        CommonOptions.reportProblems(session)
        let snapshot = ReviewSnapshot(workspace: session.workspace, ledgers: session.ledgers)
        for index in snapshot.select(query) {
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
        let confidence = row["confidence"]?.doubleValue.map { String(Int(($0 * 100).rounded())) + "%" } ?? "-"
        let fields = [verdict, row["tier"]?.stringValue ?? "", confidence,
                      "\(row["labels"]?.intValue ?? 0) labels", "\(row["issues"]?.intValue ?? 0) issues", row["id"]?.stringValue ?? ""]
        return TerminalSafe.row(fields)
    }
}
