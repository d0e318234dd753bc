/// Finds a lowercase literal anywhere in a byte string, folding ASCII case, with Horspool's
/// skip table: on a mismatch it jumps by up to the literal's length instead of one byte.
struct CaseFoldedSearch: Sendable, Equatable {
    let literal: [UInt8]
    /// For each (folded) byte under the window's last position, how far the window may move.
    private let skips: [UInt8]

    init(literal: [UInt8]) {
        self.literal = literal
        let longestSkip = UInt8(min(literal.count, Int(UInt8.max)))
        var skips = [UInt8](repeating: max(longestSkip, 1), count: 256)
        for (offset, byte) in literal.dropLast().enumerated() {
            skips[Int(byte)] = UInt8(min(literal.count - 1 - offset, Int(longestSkip)))
        }
        self.skips = skips
    }

    func occurs(in subject: UnsafeBufferPointer<UInt8>) -> Bool {
        literal.withUnsafeBufferPointer { literal in
            skips.withUnsafeBufferPointer { skips in occurs(literal, in: subject, skips: skips) }
        }
    }

    private func occurs(_ literal: UnsafeBufferPointer<UInt8>, in subject: UnsafeBufferPointer<UInt8>, skips: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let lastByte = literal.last else { return true }
        let lastOffset = literal.count - 1
        var start = 0
        while start + lastOffset < subject.count {
            let under = subject[start + lastOffset].asciiLowercased
            if under == lastByte && subject.hasFolded(literal, at: start) { return true }
            start += Int(skips[Int(under)])
        }
        return false
    }
}
