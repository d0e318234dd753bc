/// A command that cannot go on: the message goes to stderr, the code is the exit status.
package struct CLIError: Error {
    package let message: String
    package let code: ExitCode

    package init(message: String, code: ExitCode) {
        self.message = message
        self.code = code
    }

    package static func usage(_ message: String, command: String? = nil) -> CLIError {
        let hint = command.map { " (see `winnow help \($0)`)" } ?? " (see `winnow --help`)"
        return CLIError(message: message + hint, code: .usage)
    }

    package static func unreadable(_ message: String) -> CLIError { CLIError(message: message, code: .unreadable) }
}
