/// Byte-level helpers for case-insensitive matching without building lowercased strings.
extension UInt8 {
    /// ASCII uppercase to lowercase; every other byte unchanged.
    @inline(__always)
    var asciiLowercased: UInt8 {
        self &- 0x41 < 26 ? self | 0x20 : self
    }

    /// True for the second and later bytes of a multi-byte UTF-8 sequence.
    @inline(__always)
    var isUTF8Continuation: Bool {
        self & 0xC0 == 0x80
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    var containsNonASCII: Bool {
        contains { $0 >= 0x80 }
    }

    /// Whether `literal` (already lowercase) occurs at `offset`, folding ASCII case.
    @inline(__always)
    func hasFolded(_ literal: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        var index = 0
        while index < literal.count {
            if self[offset + index].asciiLowercased != literal[index] { return false }
            index += 1
        }
        return true
    }

    /// The index just past the Unicode scalar starting at `index`.
    @inline(__always)
    func scalarEnd(from index: Int) -> Int {
        var end = index + 1
        while end < count && self[end].isUTF8Continuation { end += 1 }
        return end
    }

    /// The bytes after the last `/`: the file name of a path.
    var fileName: UnsafeBufferPointer<UInt8> {
        guard let slash = lastIndex(of: UInt8(ascii: "/")) else { return self }
        return UnsafeBufferPointer(rebasing: self[(slash + 1)...])
    }
}
