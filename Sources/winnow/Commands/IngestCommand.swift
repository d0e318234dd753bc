import WinnowApp
import Foundation
import WinnowCore

/// `winnow ingest RECORDS.jsonl --into PATH [--only-successful] [--only-with-matches]`: automation
/// records into a screenshot dataset (the work is `RecordsIngest` in WinnowCore). A skipped record is
/// reported as RECORDS:LINE and makes the exit code 1; the rest still goes in.
enum IngestCommand {
    static func run(_ args: ParsedArguments) throws(CLIError) -> ExitCode {
        guard let recordsPath = args.positional.first else { throw .usage("missing RECORDS.jsonl", command: "ingest") }
        guard args.positional.count == 1 else { throw .usage("unexpected argument '\(args.positional[1])'", command: "ingest") }
        guard let into = args["into"] else { throw .usage("missing --into PATH (the dataset folder to add to)", command: "ingest") }
        let progress = ProgressLine()
        let name = TerminalSafe.text(recordsPath)
        let ingest = RecordsIngest(
            filter: IngestFilter(onlySuccessful: args.has("only-successful"), onlyWithMatches: args.has("only-with-matches")),
            onProblem: { problem in
                progress.clear()
                StandardError.write("\(name):\(problem.line): \(TerminalSafe.text(problem.message))")
            },
            onProgress: { step in
                let what = step.stage == .reading ? "records" : "images written"
                progress.update("ingest: \(step.done)/\(step.total) \(what)", force: step.done == step.total)
            })
        let summary: IngestSummary
        do {
            summary = try ingest.run(records: URL(fileURLWithPath: recordsPath), into: URL(fileURLWithPath: into, isDirectory: true))
        } catch {
            progress.clear()
            throw .unreadable(TerminalSafe.text(error.message))
        }
        progress.clear()
        StandardError.write(text(summary))
        return summary.skipped == 0 ? .ok : .findings
    }

    static func text(_ summary: IngestSummary) -> String {
        let filtered = summary.filteredOut > 0 ? ", \(summary.filteredOut) filtered out" : ""
        return "ingested \(summary.ingested) records: \(summary.newImages) new images, \(summary.boxes) boxes "
            + "(\(summary.templateBoxes) template, \(summary.clickBoxes) click); \(summary.skipped) skipped\(filtered)"
    }
}
