import WinnowApp
import WinnowCore

/// `winnow verdict PATH --from FILE|-`: applies many `ITEM good|bad|skip [note]` lines in one
/// process, one journal open, in batches of up to `batchSize` lines (sooner when a pipe pauses).
/// A bad line is reported as `FILE:LINE: what is wrong` and skipped; the rest are applied.
enum VerdictBatch {
    static let batchSize = 1000

    static func run(_ args: ParsedArguments, path: String, source: String) throws(CLIError) -> ExitCode {
        guard args.positional.count == 1 else {
            throw .usage("with --from, give only PATH (the lines name the items)", command: "verdict")
        }
        guard args["note"] == nil, args["reason"] == nil else {
            throw .usage("--note and --reason go with a single verdict; with --from, write notes on the lines", command: "verdict")
        }
        let input = try InputLines(path: source)
        let session = try CommonOptions(args, path: path, command: "verdict").open()
        let lookup = ItemLookup(session.workspace)
        let writer = VerdictBatchWriter(session: session, batchSize: batchSize)
        var badLines = 0
        while let bytes = try input.next(beforeWaiting: { () throws(CLIError) in try writer.flush() }) {
            switch VerdictLine.parse(bytes) {
            case .blank:
                continue
            case .bad(let problem):
                report(input, problem)
                badLines += 1
            case .verdict(let id, let verdict, let note):
                guard let index = lookup.index(of: id) else {
                    report(input, "no item '\(TerminalSafe.text(id))' in \(TerminalSafe.text(path))")
                    badLines += 1
                    continue
                }
                let item = session.workspace.items[index]
                let action = JournalAction.verdict(item: item.localID, verdict: verdict, note: note, reason: nil)
                try writer.add(action, dataset: session.workspace.datasetIndexOfItem[index])
            }
        }
        try writer.flush()
        let bad = badLines == 0 ? "" : "; \(badLines) bad line\(badLines == 1 ? "" : "s") skipped"
        StandardError.write("applied \(writer.saved) verdicts from \(TerminalSafe.text(input.name))\(bad)")
        return badLines == 0 ? .ok : .findings
    }

    private static func report(_ input: InputLines, _ problem: String) {
        StandardError.write("\(TerminalSafe.text(input.name)):\(input.lineNumber): \(problem)")
    }
}
