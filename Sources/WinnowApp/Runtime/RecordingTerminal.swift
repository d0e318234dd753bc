import Foundation
import WinnowCanvas
import WinnowTerminal
import WinnowUI

/// The headless twin of the terminal: plays a script once the workstation is idle, keeps every
/// frame it is asked to draw (only those that change something, as the diff would), and runs a
/// virtual clock that moves only when the script waits, so runs are repeatable.
package final class RecordingTerminal: TerminalDevice {
    package private(set) var size: TerminalSize
    package let unicode: Bool
    package let isMonochrome: Bool
    package private(set) var now: Double = 0
    package private(set) var frames: [RecordedFrame] = []
    private var script: [TerminalScriptStep]
    private var shown: Grid?
    /// False: only the last frame is kept (a soak of 100,000 keys would keep gigabytes of them).
    private let keepsEveryFrame: Bool

    package init(size: TerminalSize, unicode: Bool = true, monochrome: Bool = true, script: [TerminalScriptStep], keepsEveryFrame: Bool = true) {
        self.size = size
        self.unicode = unicode
        self.isMonochrome = monochrome
        self.script = script
        self.keepsEveryFrame = keepsEveryFrame
    }

    /// The script's next step once the workstation is idle; the end of the script ends the run.
    package func nextInput(timeoutMilliseconds: Int, idle: Bool) -> TerminalInput? {
        guard idle else {
            usleep(500)  // background work runs on real threads; virtual time stands still
            return nil
        }
        guard !script.isEmpty else { return .interrupted }
        switch script.removeFirst() {
        case .key(let key):
            return .key(key)
        case .resize(let newSize):
            size = newSize
            return .resize(width: newSize.width, height: newSize.height)
        case .wait(let seconds):
            now += seconds
            return nil
        case .run(let action):
            action()
            return nil
        }
    }

    package func draw(_ grid: Grid) {
        let runs = grid.diff(from: shown)
        guard !runs.isEmpty else { return }
        if !keepsEveryFrame { frames.removeAll(keepingCapacity: true) }
        frames.append(RecordedFrame(grid: grid, time: now, bytes: ANSIFrame.bytes(runs).count))
        shown = grid
    }

    package func invalidate() { shown = nil }
    package func restore() {}
    package func resumeAfterProgram() { invalidate() }
    package var lastFrame: Grid? { frames.last?.grid }
}
