import Foundation
import WinnowCore
import WinnowTerminal
import WinnowUI

/// Reads the data on a background thread while the terminal shows the loading view and stays
/// responsive (q quits, resizes redraw), so a big or slow folder never freezes the screen.
package enum SessionLoading {
    /// The loaded session, or nil when the user quit while waiting.
    package static func run(_ options: CommonOptions, on device: TerminalDevice, keymap: Keymap, theme: Theme) throws(CLIError) -> CurationSession? {
        var withProgress = options
        let progress = ReadProgress()
        withProgress.read.progress = progress
        let loading = withProgress
        let result = BackgroundWork { Result { () throws(CLIError) in try loading.open(notes: { _ in }) } }
        while true {
            // The loading view is drawn at least once, however fast the load.
            device.draw(LoadingScreen.render(path: options.path, progress: progress.snapshot, size: device.size,
                                             theme: theme, unicode: device.unicode, quitKey: keymap.firstKey(for: .appQuit) ?? "Ctrl-C"))
            if let outcome = result.result { return try outcome.get() }
            switch device.nextInput(timeoutMilliseconds: 50, idle: false) {
            case .key(let key)? where keymap.resolve(key, in: [.loading]) == .appQuit: return nil
            case .interrupted?: return nil
            default: break
            }
        }
    }
}
