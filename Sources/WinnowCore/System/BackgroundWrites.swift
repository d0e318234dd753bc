import Dispatch

/// Writes that need not hold up the caller (an index cache), run on another core. A process waits
/// for them before it exits, or they would be cut off.
public enum BackgroundWrites {
    private static let pending = DispatchGroup()

    static func run(_ write: @escaping @Sendable () -> Void) {
        DispatchQueue.global().async(group: pending, execute: write)
    }

    public static func wait() { pending.wait() }
}
