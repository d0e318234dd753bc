/// How to open the terminal.
public struct TerminalOptions: Sendable {
    /// Show attributes only (NO_COLOR, or a mono theme).
    public var forceMono: Bool
    /// How long a lone ESC waits for the rest of a key sequence; ncurses defaults to ~1 s.
    public var escapeDelayMilliseconds: Int
    public var output: TerminalOutput
    /// Read keys from this descriptor instead of stdin (`.standard`) or /dev/null (`.file`),
    /// so tests can type into a pipe. The descriptor is duplicated; the caller keeps its own.
    public var inputDescriptor: Int32?
    /// Draw UTF-8 whatever the locale says (`--unicode`).
    public var forceUnicode: Bool

    public init(forceMono: Bool = false, escapeDelayMilliseconds: Int = 25,
                output: TerminalOutput = .standard, inputDescriptor: Int32? = nil, forceUnicode: Bool = false) {
        self.forceUnicode = forceUnicode
        self.forceMono = forceMono
        self.escapeDelayMilliseconds = escapeDelayMilliseconds
        self.output = output
        self.inputDescriptor = inputDescriptor
    }
}
