/// Where the screen is drawn.
public enum TerminalOutput: Sendable, Equatable {
    /// The controlling terminal (stdout), typed by `$TERM`.
    case standard
    /// A file written as if it were a `termType` terminal of the given size: benchmarks and tests
    /// count the bytes a frame costs without a real terminal.
    case file(path: String, termType: String, width: Int = 80, height: Int = 24)
}
