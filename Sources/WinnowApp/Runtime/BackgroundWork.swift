import Foundation

/// A value worked out on a thread of its own, handed over under a lock to the run loop, which
/// collects it once.
package final class BackgroundWork<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value?

    package init(_ work: @escaping () -> Value) {
        let box = UncheckedBox(work)
        Thread.detachNewThread { [self] in
            let value = box.value()
            lock.withLock { stored = value }
        }
    }

    /// The value once it is ready, else nil.
    package var result: Value? { lock.withLock { stored } }
}

/// Carries a closure that is only ever run on one thread across the thread boundary.
private struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
