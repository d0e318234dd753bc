import Foundation
import WinnowApp
import WinnowCore

/// Entry point: picks the subcommand, checks its arguments against the table, runs it, turns
/// errors into messages and exit codes.
enum WinnowCLI {
    static func run(_ arguments: [String]) -> Int32 {
        defer { BackgroundWrites.wait() }  // an index cache being written
        if arguments.first == "--help" || arguments.first == "-h" {
            print(Usage.overview)
            return ExitCode.ok.rawValue
        }
        if arguments.first == "--version" {
            print("winnow \(Usage.version)")
            return ExitCode.ok.rawValue
        }
        // `winnow [PATH] [options]` is `winnow review [PATH] [options]`.
        var command = Subcommand.named("review")!
        var rest = arguments
        if let first = arguments.first, let named = Subcommand.named(first) {
            command = named
            rest.removeFirst()
        } else if let first = arguments.first, looksLikeACommand(first) {
            let known = Subcommand.all.map(\.name).joined(separator: ", ")
            StandardError.write("winnow: unknown command '\(TerminalSafe.text(first))' (commands: \(known)); to open a dataset give its path")
            return ExitCode.usage.rawValue
        }
        do {
            let args = try command.parse(rest)
            if args.has("help") {
                print(command.help)
                return ExitCode.ok.rawValue
            }
            return try command.run(args).rawValue
        } catch {
            StandardError.write("winnow: \(TerminalSafe.text(error.message))")  // messages name paths and ids from data
            return error.code.rawValue
        }
    }

    /// A bare word that names no file or folder here: a mistyped command, not a dataset.
    private static func looksLikeACommand(_ word: String) -> Bool {
        !word.hasPrefix("-") && !word.contains("/") && !word.contains(".") && !FileManager.default.fileExists(atPath: word)
    }
}
