extension Array {
    /// Lets go of spare capacity: an array grown by appending holds up to twice what it needs, and
    /// a million labels appended ten to an item leave 60 % spare.
    mutating func shrinkToFit() {
        guard capacity > count else { return }
        let old = self
        self = Array(unsafeUninitializedCapacity: old.count) { buffer, count in
            count = old.withUnsafeBufferPointer { buffer.initialize(fromContentsOf: $0) }
        }
    }
}
