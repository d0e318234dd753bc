import Foundation

/// How far a load has come, shared between the reading thread and the UI thread that shows it.
public final class ReadProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private var total = 0
    private var current = ""

    public init() {}

    /// Readers that go through many files say how many there are...
    public func expect(_ files: Int) { lock.withLock { total += files } }

    /// ...and report each one as they start it.
    public func starting(_ file: String) {
        lock.withLock {
            done += 1
            current = file
        }
    }

    public var snapshot: (done: Int, total: Int, file: String) { lock.withLock { (done, total, current) } }
}
