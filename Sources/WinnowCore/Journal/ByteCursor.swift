import Foundation

/// A read position in one journal line, for `JournalLineScanner`. Every step either matches
/// exactly what Winnow writes and moves on, or fails so the caller can fall back.
struct ByteCursor {
    private let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var atEnd: Bool { position == bytes.count }

    /// Moves past `literal` if the bytes here are exactly it.
    mutating func skip(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard bytes.count - position >= count, memcmp(bytes.baseAddress! + position, literal.utf8Start, count) == 0 else {
            return false
        }
        position += count
        return true
    }

    /// A JSON integer as the writer prints one: 1 to 15 digits, no sign, no leading zero.
    mutating func integer() -> Int? {
        let start = position
        var value = 0
        while position < bytes.count, bytes[position] &- UInt8(ascii: "0") < 10 {
            value = value &* 10 &+ Int(bytes[position] &- UInt8(ascii: "0"))
            position += 1
        }
        let digits = position - start
        guard digits >= 1, digits <= 15, digits == 1 || bytes[start] != UInt8(ascii: "0") else { return nil }
        return value
    }

    /// The bytes of a string value up to (not past) its closing quote. Escapes and control
    /// characters are left to the full parser.
    mutating func stringBytes() -> UnsafeBufferPointer<UInt8>? {
        let start = position
        while position < bytes.count {
            let b = bytes[position]
            if b == UInt8(ascii: "\"") { return UnsafeBufferPointer(rebasing: bytes[start..<position]) }
            if b == UInt8(ascii: "\\") || b < 0x20 { return nil }
            position += 1
        }
        return nil
    }

    mutating func string() -> String? {
        stringBytes().flatMap(Self.text)
    }

    /// Eight lowercase hex digits, as `CRC32.hex` writes them.
    mutating func lowercaseHex32() -> UInt32? {
        guard bytes.count - position >= 8 else { return nil }
        var value: UInt32 = 0
        for _ in 0..<8 {
            let b = bytes[position]
            let digit: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    /// Valid UTF-8 as a String; nil otherwise (the full parser then reports it).
    static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var high: UInt8 = 0
        for b in bytes { high |= b }
        if high < 0x80 { return String(decoding: bytes, as: UTF8.self) }
        return String(validating: bytes, as: UTF8.self)
    }

    /// `bytes.starts(with: word.utf8)` as one memcmp: the generic walk over a String's UTF-8 was
    /// a tenth of a 1M-line journal replay.
    static func starts(_ bytes: UnsafeBufferPointer<UInt8>, with word: StaticString) -> Bool {
        bytes.count >= word.utf8CodeUnitCount && memcmp(bytes.baseAddress!, word.utf8Start, word.utf8CodeUnitCount) == 0
    }

    static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        bytes.count == word.utf8CodeUnitCount && (bytes.isEmpty || memcmp(bytes.baseAddress!, word.utf8Start, bytes.count) == 0)
    }
}
