import WinnowApp
import Foundation

/// Entry point: picks the subcommand, runs it, turns errors into messages and exit codes.
enum WinnowCLI {
    static let names: Set<String> = ["review", "summary", "list", "show", "verdict", "validate", "export", "help",
                                        "audit", "accept", "note", "flag", "ingest"]

    private static func perform(_ name: String, _ arguments: [String]) throws(CLIError) -> ExitCode {
        switch name {
        case "summary": return try SummaryCommand.run(arguments)
        case "list": return try ListCommand.run(arguments)
        case "show": return try ShowCommand.run(arguments)
        case "verdict": return try VerdictCommand.run(arguments)
        case "audit": return try AuditCommand.run(arguments)
        case "accept": return try AcceptCommand.run(arguments)
        case "note": return try NoteCommand.run(arguments)
        case "flag": return try FlagCommand.run(arguments)
        case "validate": return try ValidateCommand.run(arguments)
        case "export": return try ExportCommand.run(arguments)
        case "ingest": return try IngestCommand.run(arguments)
        case "help": return try HelpCommand.run(arguments)
        default: return try ReviewCommand.run(arguments)
        }
    }

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
        if let first = arguments.first, names.contains(first) {
            name = first
            rest.removeFirst()
        }
        do {
            return try perform(name, rest).rawValue
        } catch {
            StandardError.write("winnow: \(error.message)")
            return error.code.rawValue
        }
    }
}
