import WinnowCore

/// `winnow verdict PATH ITEM good|bad|skip [--note TEXT]`: records one verdict from a script.
/// `winnow verdict PATH --from FILE|-`: many, see `VerdictBatch`.
enum VerdictCommand {
    static func run(_ arguments: [String]) throws(CLIError) -> ExitCode {
        let args = try ParsedArguments(arguments, valued: CommonOptions.valued.union(["note", "reason", "from"]), flags: [], command: "verdict")
        let path = try DatasetPath.single(args, command: "verdict", extra: 2)
        if let source = args["from"] { return try VerdictBatch.run(args, path: path, source: source) }
        guard args.positional.count == 3 else { throw .usage("expected PATH ITEM good|bad|skip", command: "verdict") }
        guard let verdict = Verdict(rawValue: args.positional[2]) else {
            throw .usage("verdict must be good, bad or skip, not '\(TerminalSafe.text(args.positional[2]))'", command: "verdict")
        }
        let session = try CommonOptions(args, path: path, command: "verdict").open()
        let snapshot = ReviewSnapshot(workspace: session.workspace, ledgers: session.ledgers)
        guard let index = snapshot.itemIndex(forID: args.positional[1]) else {
            throw CLIError(message: "no item '\(TerminalSafe.text(args.positional[1]))' in \(path)", code: .findings)
        }
        let item = session.workspace.items[index]
        let action = JournalAction.verdict(item: item.localID, verdict: verdict, note: args["note"], reason: args["reason"])
        do {
            let events = try session.record(action, inDataset: session.workspace.datasetIndexOfItem[index])
            StandardError.write("saved: \(verdict.rawValue) · \(TerminalSafe.text(item.id)) (event \(events.last?.seq ?? 0))")
        } catch {
            throw CLIError(message: error.description, code: .unreadable)
        }
        return .ok
    }
}
