import Foundation

// A file-size limit (ulimit -f) must fail a write with an error we report, not kill the process mid-write.
signal(SIGXFSZ, SIG_IGN)
exit(WinnowCLI.run(Array(CommandLine.arguments.dropFirst())))
