/// A buffer that concurrent iterations write into, each its own elements: Swift cannot see that
/// they never overlap, so the wrapper says so.
struct UncheckedBuffer<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T>
    init(_ buffer: UnsafeMutableBufferPointer<T>) { self.buffer = buffer }
}
