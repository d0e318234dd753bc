import Foundation
import WinnowApp

/// `winnow journal push PATH --to URL` and `winnow journal pull PATH --journal URL --to FILE`.
enum JournalCommand {
    static func run(_ args: ParsedArguments) throws(CLIError) -> ExitCode {
        guard args.positional.count == 2, let action = args.positional.first, ["push", "pull"].contains(action) else {
            throw .usage("expected push PATH --to URL, or pull PATH --journal URL --to FILE", command: "journal")
        }
        guard let target = args["to"] else { throw .usage("\(action) needs --to", command: "journal") }
        let options = try CommonOptions(args, path: args.positional[1], command: "journal")
        if action == "push" {
            for line in try JournalTransfer.push(options, to: target) { print(line) }
        } else {
            print(try JournalTransfer.pull(options, to: URL(fileURLWithPath: target)))
        }
        return .ok
    }
}
