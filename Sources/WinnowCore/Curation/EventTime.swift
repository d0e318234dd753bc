/// An event's time as the ledger keeps it: the journal's `YYYY-MM-DDTHH:MM:SS.mmmZ` packed into
/// one integer (its digits as decimal fields, so the order is the text's order), instead of a
/// 24-byte string allocated per event. Any other text is kept as is, by index, in the ledger's
/// `LedgerEvents.otherTimes`.
struct EventTime: Equatable, Sendable {
    /// Packed digits, or (with `isOther`) an index; as saved in a `LedgerCheckpoint`.
    let bits: UInt64
    private static let otherFlag: UInt64 = 1 << 63

    /// The canonical form only; nil for anything else.
    init?(_ text: UnsafeBufferPointer<UInt8>) {
        guard text.count == 24, text[4] == UInt8(ascii: "-"), text[7] == UInt8(ascii: "-"), text[10] == UInt8(ascii: "T"),
              text[13] == UInt8(ascii: ":"), text[16] == UInt8(ascii: ":"), text[19] == UInt8(ascii: "."),
              text[23] == UInt8(ascii: "Z")
        else { return nil }
        var value: UInt64 = 0
        for i in Self.digitPositions {
            let digit = text[i] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + UInt64(digit)
        }
        bits = value
    }

    init(otherIndex: Int) { bits = Self.otherFlag | UInt64(otherIndex) }

    init(bits: UInt64) { self.bits = bits }

    var otherIndex: Int? { bits & Self.otherFlag == 0 ? nil : Int(bits & ~Self.otherFlag) }

    /// The canonical text back, byte for byte (nil for an `otherIndex` time).
    var text: String? {
        guard otherIndex == nil else { return nil }
        var bytes = Array("0000-00-00T00:00:00.000Z".utf8)
        var value = bits
        for i in Self.digitPositions.reversed() {
            bytes[i] = UInt8(ascii: "0") + UInt8(value % 10)
            value /= 10
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let digitPositions = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22]
}
