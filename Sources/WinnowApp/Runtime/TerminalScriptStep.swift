import WinnowCanvas
import WinnowTerminal
import WinnowUI

/// One step a recording terminal plays once the workstation is idle.
package enum TerminalScriptStep {
    case key(KeyEvent)
    case resize(TerminalSize)
    /// Virtual time passes (journal polls and claim refreshes fall due).
    case wait(seconds: Double)
    /// Something outside the workstation happens now, e.g. another reviewer writes a verdict.
    case run(@Sendable () -> Void)

    package static func keys(_ keys: [KeyEvent]) -> [TerminalScriptStep] { keys.map { .key($0) } }
}
