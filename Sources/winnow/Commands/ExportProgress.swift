import Foundation

/// `export: writing 1200/5000 files` on stderr, rewritten in place at most ten times a second,
/// and only when stderr is a terminal: logs and pipes get the final summary line alone.
final class ExportProgress {
    private let enabled = isatty(STDERR_FILENO) == 1
    private var last = Date.distantPast
    private var shown = false

    func report(_ what: String, _ done: Int, of total: Int) {
        guard enabled, total >= 100, Date().timeIntervalSince(last) >= 0.1 else { return }
        last = Date()
        shown = true
        FileHandle.standardError.write(Data("\rexport: \(what) \(done)/\(total) files".utf8))
    }

    func finish() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
    }
}
