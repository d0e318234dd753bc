import Foundation
import WinnowApp

// A file-size limit (ulimit -f) must fail a write with an error we report, not kill the process mid-write.
signal(SIGXFSZ, SIG_IGN)
let arguments = Array(CommandLine.arguments.dropFirst())
ArgumentPasswords.hide()
LeftForExit.enabled = true
exit(WinnowCLI.run(arguments))
