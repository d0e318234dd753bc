/// Reads what `BinaryWriter` wrote; nil at the first field that runs past the end (a cut file) or
/// is malformed.
struct BinaryReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

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

    /// A count or index: a non-negative int no larger than the bytes left could justify.
    mutating func count() -> Int? {
        guard let raw = varint(), raw <= UInt64(bytes.count) else { return nil }
        return Int(raw)
    }

    mutating func double() -> Double? {
        guard offset + 8 <= bytes.count else { return nil }
        defer { offset += 8 }
        return Double(bitPattern: UInt64(littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self) }))
    }

    mutating func byte() -> UInt8? {
        guard offset < bytes.count else { return nil }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func string() -> String? {
        guard let count = count(), offset + count <= bytes.count else { return nil }
        defer { offset += count }
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[offset..<(offset + count)]), as: UTF8.self) }
    }

    mutating func optionalString() -> String?? {
        guard let present = byte(), present <= 1 else { return nil }
        return present == 1 ? string().map { .some($0) } : .some(nil)
    }
}
