import WinnowApp
import WinnowCore

/// `winnow verdict PATH ITEM good|bad|skip [--note TEXT] [--reason TEXT]`: records one verdict from a script.
/// `winnow verdict PATH --from FILE|-`: many, see `VerdictBatch`.
enum VerdictCommand {
    static func run(_ args: ParsedArguments) throws(CLIError) -> ExitCode {
        let path = try DatasetPath.single(args, command: "verdict", extra: 2)
        if let source = args["from"] { return try VerdictBatch.run(args, path: path, source: source) }
        guard args.positional.count == 3 else { throw .usage("expected PATH ITEM good|bad|skip", command: "verdict") }
        guard let verdict = Verdict(rawValue: args.positional[2]) else {
            throw .usage("verdict must be good, bad or skip, not '\(TerminalSafe.text(args.positional[2]))'", command: "verdict")
        }
        let options = try CommonOptions(args, path: path, command: "verdict")
        let session = try options.open()
        var reason: String?
        if let text = args["reason"] { reason = try Self.reason(text, verdict: verdict, options, session) }
        let snapshot = try options.snapshot(session)
        guard let index = snapshot.itemIndex(forID: args.positional[1]) else {
            throw CLIError(message: "no item '\(TerminalSafe.text(args.positional[1]))' in \(path)", code: .findings)
        }
        let item = session.workspace.items[index]
        let action = JournalAction.verdict(item: item.localID, verdict: verdict, note: args["note"], reason: reason)
        do {
            let events = try session.record(action, inDataset: session.workspace.datasetIndexOfItem[index])
            StandardError.write(SavedPrefix.text(session) + "\(verdict.rawValue) · \(TerminalSafe.text(item.id)) (event \(events.last?.seq ?? 0))")
        } catch {
            throw CLIError(message: error.description, code: .unreadable)
        }
        return .ok
    }

    /// A reason goes with a bad verdict and, when `.winnow/config` lists reasons, must be one of them.
    private static func reason(_ text: String, verdict: Verdict, _ options: CommonOptions, _ session: CurationSession) throws(CLIError) -> String {
        guard verdict == .bad else { throw .usage("--reason goes with a bad verdict", command: "verdict") }
        let config = try ConfigOption.load(options, workspace: session.workspace)
        guard let reason = config.reason(matching: text) else {
            let known = (config.reasons ?? []).map { "'\($0)'" }.joined(separator: ", ")
            throw .usage("unknown reason '\(TerminalSafe.text(text))'; .winnow/config lists \(known)", command: "verdict")
        }
        return reason
    }
}
