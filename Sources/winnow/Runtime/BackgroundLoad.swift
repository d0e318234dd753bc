import Foundation
import WinnowCore
import WinnowTerminal
import WinnowUI

/// Reads the data on a background thread while the terminal shows progress and stays
/// responsive (q quits, resizes redraw), so a big or slow folder never freezes the screen.
enum BackgroundLoad {
    /// The loaded session, or nil when the user quit while waiting.
    static func run(_ options: CommonOptions, screen: TerminalScreen, theme: Theme) throws(CLIError) -> CurationSession? {
        var withProgress = options
        let progress = ReadProgress()
        withProgress.read.progress = progress
        let result = LoadResult()
        let loading = withProgress
        Thread.detachNewThread {
            result.finish(Result { () throws(CLIError) in try loading.open() })
        }
        while true {
            if let outcome = result.outcome { return try outcome.get() }
            let (done, total, file) = progress.snapshot
            let size = TerminalSize(width: screen.size.width, height: screen.size.height)
            screen.draw(LoadingScreen.render(path: options.path, done: done, total: total, file: file, size: size, theme: theme,
                                             unicode: screen.unicode))
            switch screen.nextInput(timeoutMilliseconds: 50) {
            case .key(let key)? where key == .char("q"): return nil
            case .interrupted?: return nil
            default: break
            }
        }
    }
}

/// The loader thread's answer, handed over under a lock.
private final class LoadResult: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Result<CurationSession, CLIError>?

    func finish(_ outcome: Result<CurationSession, CLIError>) { lock.withLock { stored = outcome } }
    var outcome: Result<CurationSession, CLIError>? { lock.withLock { stored } }
}
