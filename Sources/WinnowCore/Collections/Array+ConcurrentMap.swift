import Foundation

extension Array where Element: Sendable {
    /// `map` spread over the machine's cores (GCD runs one stripe per core); for slow, independent
    /// work such as decoding images. Results keep the input order.
    public func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each iteration writes only its own slot, so the writes need no lock.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: count) { index in
                (slots.baseAddress! + index).initialize(to: transform(self[index]))
            }
            initialized = count
        }
    }
}
