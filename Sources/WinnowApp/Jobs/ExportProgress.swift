import Foundation

/// `export: writing 1200/5000 files` on stderr, rewritten in place at most ten times a second,
/// and only when stderr is a terminal: logs and pipes get the final summary line alone. Counted
/// from several threads at once, hence the lock.
package final class ExportProgress: @unchecked Sendable {
    package init() {}
    private let enabled = isatty(STDERR_FILENO) == 1
    private let lock = NSLock()
    private var done = 0
    private var last = Date.distantPast
    private var shown = false

    /// A step without a count (`export: reading image sizes`), until the next report or `finish`.
    package func phase(_ what: String) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        shown = true
        FileHandle.standardError.write(Data("\rexport: \(what)\u{1B}[K".utf8))
    }

    /// One more item of `total` done.
    package func count(_ what: String, of total: Int) {
        guard enabled, total >= 100 else { return }
        lock.lock()
        defer { lock.unlock() }
        done += 1
        show(what, done, of: total)
    }

    /// `done` items of `total` done.
    package func report(_ what: String, _ done: Int, of total: Int) {
        guard enabled, total >= 100 else { return }
        lock.lock()
        defer { lock.unlock() }
        show(what, done, of: total)
    }

    private func show(_ what: String, _ done: Int, of total: Int) {
        guard Date().timeIntervalSince(last) >= 0.1 else { return }
        last = Date()
        shown = true
        FileHandle.standardError.write(Data("\rexport: \(what) \(done)/\(total)".utf8))
    }

    package func finish() {
        lock.lock()
        defer { lock.unlock() }
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
        done = 0
    }
}
