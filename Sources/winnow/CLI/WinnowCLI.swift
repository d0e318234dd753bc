import Foundation

/// Entry point: picks the subcommand, runs it, turns errors into messages and exit codes.
enum WinnowCLI {
    static let commands: [String: ([String]) throws(CLIError) -> ExitCode] = [
        "review": ReviewCommand.run,
        "summary": SummaryCommand.run,
        "list": ListCommand.run,
        "show": ShowCommand.run,
        "verdict": VerdictCommand.run,
        "validate": ValidateCommand.run,
        "bench": BenchCommand.run,
        "help": HelpCommand.run,
    ]

    static func run(_ arguments: [String]) -> Int32 {
        if arguments.first == "--help" || arguments.first == "-h" {
            print(Usage.overview)
            return ExitCode.ok.rawValue
        }
        if arguments.first == "--version" {
            print("winnow \(Usage.version)")
            return ExitCode.ok.rawValue
        }
        // `winnow [PATH] [options]` is `winnow review [PATH] [options]`.
        var name = "review"
        var rest = arguments
        if let first = arguments.first, commands[first] != nil {
            name = first
            rest.removeFirst()
        }
        do {
            return try commands[name]!(rest).rawValue
        } catch {
            StandardError.write("winnow: \(error.message)")
            return error.code.rawValue
        }
    }
}
