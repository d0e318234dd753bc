import WinnowApp
import Foundation
import WinnowCore
import WinnowImaging

/// `winnow validate PATH [--json]`: every problem of every item, images decoded to prove they
/// can be; exits 1 when any problem is an error.
enum ValidateCommand {
    static func run(_ args: ParsedArguments) throws(CLIError) -> ExitCode {
        let path = try DatasetPath.single(args, command: "validate")
        let options = try CommonOptions(args, path: path, command: "validate")
        let session = try options.open()
        let decodeIssues = session.workspace.items.map(ImageCheck.decodeProblems)
        let snapshot = try options.snapshot(session, extraIssues: decodeIssues)
        let report = ReviewReport.validation(snapshot)
        let journal = session.problems.map { ReviewReport.issue($0) }
        if args.has("json") {
            JSONOutput.print(report)
        } else {
            printText(report)
        }
        for problem in journal { StandardError.write("journal: \(problem["message"]?.stringValue ?? "")") }
        let errors = report["issues"]?.arrayValue?.filter { $0["severity"]?.stringValue == "error" }.count ?? 0
        return errors > 0 ? .findings : .ok
    }

    private static func printText(_ report: JSONValue) {
        let issues = report["issues"]?.arrayValue ?? []
        for issue in issues {
            let fields = [issue["severity"]?.stringValue ?? "", issue["item"]?.stringValue ?? "-",
                          issue["code"]?.stringValue ?? "", issue["message"]?.stringValue ?? ""]
            print(TerminalSafe.row(fields))
        }
        print("\(report["items"]?.intValue ?? 0) items, \(issues.count) problems")
    }
}
