import Foundation
import WinnowPostgres

/// A password given on the command line (`--journal postgresql://user:PASSWORD@…`) is blanked in
/// the process's own argument memory once Swift has copied the arguments, so that `ps` and
/// /proc/PID/cmdline do not show it while Winnow runs (~/.pgpass keeps it out of argv entirely).
package enum ArgumentPasswords {
    package static func hide() {
        _ = CommandLine.arguments
        for index in 0..<Int(CommandLine.argc) {
            guard let argument = CommandLine.unsafeArgv[index] else { continue }
            let text = String(cString: argument)
            let masked = ConnectionStrings.masked(text)
            guard masked != text, masked.utf8.count == text.utf8.count else { continue }
            masked.withCString { _ = strcpy(argument, $0) }
        }
    }
}
