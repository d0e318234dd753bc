import Dispatch
import Foundation

/// Writes that need not hold up the caller (an index cache), run on another core. A process waits
/// for them before it exits, or they would be cut off. Those queued `afterOpen` wait until the
/// open that made them is done (`openDone`), so that they do not take a core from it.
public enum BackgroundWrites {
    private static let pending = DispatchGroup()
    private static let lock = NSLock()
    nonisolated(unsafe) private static var held: [@Sendable () -> Void] = []

    static func run(_ write: @escaping @Sendable () -> Void) {
        DispatchQueue.global().async(group: pending, execute: write)
    }

    static func afterOpen(_ write: @escaping @Sendable () -> Void) {
        lock.withLock { held.append(write) }
    }

    /// Starts the writes held for the end of the open.
    public static func openDone() {
        lock.withLock { () -> [@Sendable () -> Void] in defer { held = [] }; return held }.forEach(run)
    }

    public static func wait() {
        openDone()
        pending.wait()
    }
}
