import Foundation

/// How far a load has come, shared between the reading thread and the UI thread that shows it.
public final class ReadProgress: @unchecked Sendable {
    /// Files done of those expected, the one being read, and how far into it (for one big file).
    public struct Snapshot: Sendable {
        public var done = 0
        public var total = 0
        public var file = ""
        public var bytesDone = 0
        public var bytesTotal = 0

        public init() {}
    }

    private let lock = NSLock()
    private var state = Snapshot()

    public init() {}

    /// Readers that go through many files say how many there are...
    public func expect(_ files: Int) { lock.withLock { state.total += files } }

    /// ...and report each one as they start it.
    public func starting(_ file: String) {
        lock.withLock {
            state.done += 1
            state.file = file
        }
    }

    /// A reader going through one big file says how far into it it is.
    public func reading(_ file: String, byte: Int, of bytes: Int) {
        lock.withLock {
            state.file = file
            state.bytesDone = byte
            state.bytesTotal = bytes
        }
    }

    public var snapshot: Snapshot { lock.withLock { state } }
}
