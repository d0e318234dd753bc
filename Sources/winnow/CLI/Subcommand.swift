import WinnowApp

/// One `winnow` subcommand: its name, the options it accepts, its help, and what runs it.
struct Subcommand: Sendable {
    let name: String
    /// One line for the overview.
    let summary: String
    /// Its usage lines, `winnow NAME ...`.
    let synopsis: String
    /// The rest of `winnow help NAME`.
    let details: String
    /// Options taking a value, besides the common ones.
    let valued: Set<String>
    let flags: Set<String>
    /// Takes --format, --images, --state, --reviewer and --tiers.
    let takesCommonOptions: Bool
    let run: @Sendable (ParsedArguments) throws(CLIError) -> ExitCode

    /// `winnow help NAME`, `winnow NAME --help`.
    var help: String { synopsis + "\n\n" + details }

    /// Reads the command line against what this command accepts.
    func parse(_ arguments: [String]) throws(CLIError) -> ParsedArguments {
        try ParsedArguments(arguments, valued: takesCommonOptions ? valued.union(CommonOptions.valued) : valued,
                            flags: flags.union(["help"]), command: name)
    }

    static func named(_ name: String) -> Subcommand? { all.first { $0.name == name } }
}
