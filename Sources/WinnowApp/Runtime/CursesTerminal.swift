import Dispatch
#if canImport(Glibc)
import Glibc
#endif
import WinnowCanvas
import WinnowTerminal
import WinnowUI

/// The real terminal: ncurses through `TerminalScreen`, the wall clock.
package final class CursesTerminal: TerminalDevice {
    package let screen: TerminalScreen
    /// True once SIGINT, SIGTERM or SIGHUP ended the input.
    package private(set) var wasInterrupted = false

    package init(options: TerminalOptions) throws(TerminalError) {
        screen = try TerminalScreen(options: options)
    }

    package var size: TerminalSize { TerminalSize(width: screen.size.width, height: screen.size.height) }
    package var unicode: Bool { screen.unicode }
    package var isMonochrome: Bool { screen.colorMode == .mono }
    package var now: Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    package func nextInput(timeoutMilliseconds: Int, idle: Bool) -> TerminalInput? {
        let input = screen.nextInput(timeoutMilliseconds: timeoutMilliseconds)
        if input == .interrupted { wasInterrupted = true }
        return input
    }

    package func draw(_ grid: Grid) { screen.draw(grid) }
    package func invalidate() { screen.invalidate() }
    package func restore() { screen.restore() }
    package func resumeAfterProgram() { screen.resumeAfterProgram() }
    /// Bytes ncurses has sent so far (counted when drawing into a file).
    package var bytesWritten: Int { screen.bytesWritten }
    /// What the workstation exits with: 129 when the terminal hung up (SIGHUP), 130 for Ctrl-C or SIGTERM.
    package var exitCode: ExitCode {
        guard wasInterrupted else { return .ok }
        return screen.endingSignal == SIGHUP ? .hangup : .interrupted
    }
}
