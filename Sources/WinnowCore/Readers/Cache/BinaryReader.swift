/// Reads what `BinaryWriter` wrote; nil at the first field that runs past the end (a cut file).
struct BinaryReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func int() -> Int? {
        guard let raw = fixed(8) else { return nil }
        return Int(Int64(littleEndian: raw.withUnsafeBytes { $0.loadUnaligned(as: Int64.self) }))
    }

    mutating func double() -> Double? {
        guard let raw = fixed(8) else { return nil }
        return Double(bitPattern: UInt64(littleEndian: raw.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }))
    }

    mutating func bool() -> Bool? { fixed(1).map { $0[$0.startIndex] != 0 } }

    mutating func string() -> String? {
        guard let count = int(), count >= 0, let raw = fixed(count) else { return nil }
        return String(decoding: raw, as: UTF8.self)
    }

    mutating func optionalString() -> String?? {
        guard let present = bool() else { return nil }
        return present ? string().map { .some($0) } : .some(nil)
    }

    private mutating func fixed(_ count: Int) -> ArraySlice<UInt8>? {
        guard count >= 0, offset + count <= bytes.count else { return nil }
        defer { offset += count }
        return bytes[offset..<(offset + count)]
    }
}
