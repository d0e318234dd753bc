/// What `winnow` exits with; scripts rely on these.
package enum ExitCode: Int32 {
    case ok = 0
    /// The command ran and found problems (validate found an error).
    case findings = 1
    /// The command line was wrong.
    case usage = 2
    /// The input could not be read.
    case unreadable = 3
    /// The terminal hung up (SIGHUP, a dropped SSH connection): 128 + SIGHUP.
    case hangup = 129
    /// Ctrl-C or SIGTERM ended the workstation (128 + SIGINT, as shells report it).
    case interrupted = 130
}
