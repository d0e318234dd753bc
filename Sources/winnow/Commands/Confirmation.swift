import Foundation
import WinnowApp

/// A y/N question on a terminal before a command changes something; otherwise only `--yes`
/// goes ahead, so a script never does it by accident.
enum Confirmation {
    static func ask(_ question: String, yes: Bool, command: String, declined: String) throws(CLIError) {
        if yes { return }
        guard isatty(STDIN_FILENO) == 1 else {
            throw .usage("\(question) Not asked: standard input is not a terminal; pass --yes to confirm", command: command)
        }
        FileHandle.standardError.write(Data("\(question) [y/N] ".utf8))
        let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        guard answer == "y" || answer == "yes" else { throw CLIError(message: declined, code: .findings) }
    }
}
