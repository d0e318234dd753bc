import WinnowCanvas
import WinnowTerminal
import WinnowUI

/// What the run loop needs of a terminal. Two implementations: the ncurses screen, and a
/// recording fake with a virtual clock that headless runs and tests drive.
package protocol TerminalDevice: AnyObject {
    var size: TerminalSize { get }
    /// False without a UTF-8 locale (or with `--ascii`): panes draw ASCII only.
    var unicode: Bool { get }
    /// True when the terminal shows attributes only.
    var isMonochrome: Bool { get }
    /// Seconds on this terminal's clock: monotonic wall time, or virtual time in a fake.
    var now: Double { get }
    /// The next key, resize or interruption; nil when the timeout passes without one.
    /// `idle` says nothing is under way in the background, so a scripted terminal may type on.
    func nextInput(timeoutMilliseconds: Int, idle: Bool) -> TerminalInput?
    func draw(_ grid: Grid)
    /// The next draw repaints every cell.
    func invalidate()
    /// Gives the terminal back as it was.
    func restore()
    /// Takes the terminal back after another program (an editor) had it.
    func resumeAfterProgram()
}
