import WinnowCanvas

/// What the run loop gets from the terminal.
public enum TerminalInput: Equatable, Sendable {
    case key(KeyEvent)
    /// The window changed size; the next draw repaints everything.
    case resize(width: Int, height: Int)
    /// SIGINT or SIGTERM arrived: the caller should save, restore the terminal and exit.
    case interrupted
}
