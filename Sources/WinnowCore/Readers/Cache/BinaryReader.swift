/// Reads what `BinaryWriter` wrote; nil at the first field that runs past the end (a cut file) or
/// is malformed. It reads bytes it does not own (a mapped file): they must outlive it.
struct BinaryReader {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var offset = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// A reader of the bytes from `start` up to `end` alone; nil unless that is a range inside them
    /// (offsets read from a file are checked here, not trusted to make a range).
    func part(from start: Int, to end: Int) -> BinaryReader? {
        guard start >= 0, start <= end, end <= bytes.count else { return nil }
        return BinaryReader(UnsafeBufferPointer(rebasing: bytes[start..<end]))
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func varint() -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count, shift < 64 {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }

    mutating func int() -> Int? {
        guard let raw = varint() else { return nil }
        return Int(Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1))
    }

    /// A count or index: no larger than the bytes left (each thing counted takes one at least), so
    /// a forged count cannot reserve more memory than the file could fill.
    mutating func count() -> Int? {
        guard let raw = varint(), raw <= UInt64(bytes.count - offset) else { return nil }
        return Int(raw)
    }

    /// A number referring into a table of `limit` entries.
    mutating func index(below limit: Int) -> Int? {
        guard let raw = varint(), raw < UInt64(limit) else { return nil }
        return Int(raw)
    }

    mutating func double() -> Double? { fixed64().map(Double.init(bitPattern:)) }

    /// Eight bytes, as `BinaryWriter.fixed64` wrote them.
    mutating func fixed64() -> UInt64? {
        guard offset + 8 <= bytes.count else { return nil }
        defer { offset += 8 }
        return UInt64(littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// The eight bytes at the end of `bytes`, as `BinaryWriter.fixed64` wrote them.
    static func trailingFixed64(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard bytes.count >= 8 else { return nil }
        return UInt64(littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self))
    }

    /// The four bytes at the end of `bytes`, little-endian (a checksum of what comes before).
    static func trailingFixed32(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard bytes.count >= 4 else { return nil }
        return UInt32(littleEndian: UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: bytes.count - 4, as: UInt32.self))
    }

    mutating func byte() -> UInt8? {
        guard offset < bytes.count else { return nil }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func string() -> String? { utf8().map { String(decoding: $0, as: UTF8.self) } }

    /// A string's bytes, not yet made a string.
    mutating func utf8() -> UnsafeBufferPointer<UInt8>? {
        guard let count = count() else { return nil }
        defer { offset += count }
        return UnsafeBufferPointer(rebasing: bytes[offset..<(offset + count)])
    }

    /// A count, then that many strings.
    mutating func strings() -> [String]? {
        guard let count = count() else { return nil }
        var strings: [String] = []
        strings.reserveCapacity(count)
        for _ in 0..<count {
            guard let string = string() else { return nil }
            strings.append(string)
        }
        return strings
    }

    mutating func optionalString() -> String?? {
        guard let present = byte(), present <= 1 else { return nil }
        return present == 1 ? string().map { .some($0) } : .some(nil)
    }
}
