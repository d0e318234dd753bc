import WinnowApp
import WinnowCore

/// `winnow summary PATH [--json]`: counts of items, labels, tiers, verdicts, reviewers, problems.
enum SummaryCommand {
    static func run(_ args: ParsedArguments) throws(CLIError) -> ExitCode {
        let path = try DatasetPath.single(args, command: "summary")
        let options = try CommonOptions(args, path: path, command: "summary")
        let session = try options.open()
        CommonOptions.reportProblems(session)
        let checked = ImageCheck.summaryProblems(session.workspace.items)
        if !checked.decoded {
            StandardError.write("note: over \(ImageCheck.summaryDecodeLimit) images: checked by format only; `winnow validate` decodes every one")
        }
        let snapshot = try options.snapshot(session, extraIssues: checked.problems)
        let summary = ReviewReport.summary(snapshot, path: path)
        if args.has("json") {
            JSONOutput.print(summary)
        } else {
            print(SummaryText.render(summary))
        }
        return .ok
    }
}
