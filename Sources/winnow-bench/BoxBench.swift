import WinnowApp
import Foundation
import WinnowCanvas
import WinnowCore
import WinnowTerminal
import WinnowUI

/// `winnow-bench --boxes`: box mode's budget — a key press to the frame on screen, through the
/// store (the journal append and fsync included), the renderer and ncurses writing to a file,
/// with the thumbnail already decoded (box keys never decode).
enum BoxBench {
    static func run(size: TerminalSize, presses: Int) throws(CLIError) -> ExitCode {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-box-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let dataset = try BenchDataset.write(count: 1, into: folder)
        let session = try CommonOptions.open(path: dataset.root.path, stateOverride: dataset.state, reviewer: "bench")
        let screen: TerminalScreen
        do {
            let file = TerminalOutput.file(path: folder.appendingPathComponent("terminal.out").path, termType: "xterm-256color",
                                           width: size.width, height: size.height)
            screen = try TerminalScreen(options: TerminalOptions(output: file))
        } catch {
            throw .unreadable(error.description)
        }
        defer { screen.restore() }
        let theme = try Appearance.theme("default")
        let state = InitialState.build(session, keymap: try Appearance.keymap(nil), size: size,
                                               display: DisplayOptions(unicode: true, color: true))
        let store = AppStore(state: state, session: session)
        store.dispatch(.resized(size))
        store.settle()
        store.dispatch(.key(.char("e")))
        screen.draw(Renderer.render(store.state, theme: theme))
        let keys: [KeyEvent] = [KeyEvent(.right), KeyEvent(.down), KeyEvent(.right, modifiers: .shift), KeyEvent(.left),
                                KeyEvent(.up), KeyEvent(.left, modifiers: .shift), KeyEvent(.tab)]
        var times: [Double] = []
        for press in 0..<presses {
            let start = DispatchTime.now().uptimeNanoseconds
            store.dispatch(.key(keys[press % keys.count]))
            screen.draw(Renderer.render(store.state, theme: theme))
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        print(String(format: "box mode, key to screen (journal fsync included), %dx%d, %d keys: p50 %.2f ms, p99 %.2f ms (budget p99 <= 10 ms)",
                     size.width, size.height, presses, BenchResult.percentile(times, 0.5), BenchResult.percentile(times, 0.99)))
        return .ok
    }
}
