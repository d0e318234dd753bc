/// A command that cannot go on: the message goes to stderr, the code is the exit status.
struct CLIError: Error {
    let message: String
    let code: ExitCode

    static func usage(_ message: String, command: String? = nil) -> CLIError {
        let hint = command.map { " (see `winnow help \($0)`)" } ?? " (see `winnow --help`)"
        return CLIError(message: message + hint, code: .usage)
    }

    static func unreadable(_ message: String) -> CLIError { CLIError(message: message, code: .unreadable) }
}
