import Dispatch

/// Two independent computations on two cores at once (each may use more), for a report whose parts
/// each go over every item once.
public func bothAtOnce<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    nonisolated(unsafe) var a: A?
    nonisolated(unsafe) var b: B?
    // Each iteration writes only its own result; concurrentPerform returns after both.
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 { a = first() } else { b = second() }
    }
    return (a!, b!)
}
