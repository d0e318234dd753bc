import Dispatch

/// `indices.map(transform)` spread over the machine's cores, in order: for per-file work such as
/// reading 100k image headers, where each call waits on the disk.
public enum ConcurrentMap {
    public static func map<T: Sendable>(count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count > 64 else { return (0..<count).map(transform) }
        let buffer = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        buffer.initialize(repeating: nil)
        defer { buffer.deallocate() }
        let chunk = 256
        nonisolated(unsafe) let shared = buffer
        DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { part in
            for index in part * chunk..<min(count, (part + 1) * chunk) { shared[index] = transform(index) }
        }
        return buffer.map { $0! }
    }
}
