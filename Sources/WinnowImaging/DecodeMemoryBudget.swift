import Foundation

/// Memory that image decodes on all threads may hold at once. Export, hashing and thumbnail
/// workers decode in parallel (1.39 GB was seen with big images); each decode reserves its pixels
/// and the decoder's working memory first, and waits while others hold the rest. A request larger
/// than the whole budget is cut to it, so it runs once it is alone.
public final class DecodeMemoryBudget: @unchecked Sendable {
    public static let shared = DecodeMemoryBudget(bytes: 512_000_000)

    public let capacity: Int
    private let condition = NSCondition()
    private var inUse = 0
    private var peak = 0

    public init(bytes: Int) { capacity = bytes }

    /// Runs `body` holding `bytes` of the budget, waiting until they are free.
    public func withReservation<T, E: Error>(_ bytes: Int, _ body: () throws(E) -> T) throws(E) -> T {
        let amount = min(max(bytes, 0), capacity)
        condition.lock()
        while inUse + amount > capacity { condition.wait() }
        inUse += amount
        peak = max(peak, inUse)
        condition.unlock()
        defer {
            condition.lock()
            inUse -= amount
            condition.broadcast()
            condition.unlock()
        }
        return try body()
    }

    /// The most ever held at once.
    public var peakBytes: Int {
        condition.lock()
        defer { condition.unlock() }
        return peak
    }
}
