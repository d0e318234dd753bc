import Dispatch

/// Work started on another thread whose result (or typed error) the caller collects later; the
/// caller must `wait()` before anything the work uses goes away.
package final class BackgroundResult<Value: Sendable, Failure: Error>: @unchecked Sendable {  // `result` is written before `done` leaves
    private var result: Result<Value, Failure>?
    private let done = DispatchGroup()

    package init(_ work: @escaping @Sendable () throws(Failure) -> Value) {
        DispatchQueue.global().async(group: done) { self.result = Result(catching: work) }
    }

    package func wait() throws(Failure) -> Value {
        done.wait()
        return try result!.get()
    }
}
