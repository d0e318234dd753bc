import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A self-overwriting progress line on stderr, shown only when stderr is a terminal (a log file or
/// a test reading the pipe gets the final messages only). Redrawn at most every 100 ms.
package final class ProgressLine {
    package init() {}
    private let enabled = isatty(STDERR_FILENO) == 1
    private var shown = false
    private var lastDraw = Date.distantPast

    package func update(_ text: String, force: Bool = false) {
        guard enabled, force || Date().timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = Date()
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
        shown = true
    }

    /// Clears the line, so a message can be written in its place.
    package func clear() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
    }
}
