/// JSON text made straight as UTF-8 bytes (`JSONWriter` spells its numbers here too): a 1M-box COCO
/// document is 100 MB of numbers and punctuation, and building it through `String`
/// interpolation, with a `String` per number, cost half the export's document time.
public struct JSONBytes: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// Text the caller knows needs no escaping (punctuation and keys).
    public mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Text that is JSON already (a value `JSONWriter` wrote).
    public mutating func append(json: String) { bytes.append(contentsOf: json.utf8) }

    /// A string value, quoted and escaped.
    public mutating func append(string: String) {
        var text = string
        text.withUTF8 { utf8 in
            if utf8.allSatisfy(JSONWriter.isPlain) {
                bytes.append(0x22)
                bytes.append(contentsOf: utf8)
                bytes.append(0x22)
            } else {
                var escaped = ""
                JSONWriter.writeString(string, into: &escaped)
                bytes.append(contentsOf: escaped.utf8)
            }
        }
    }

    public mutating func append(_ n: Int) {
        if n < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(n.magnitude, atLeast: 1)
    }

    /// Integral values without a fraction, others in their shortest round-trip form, NaN and
    /// infinities as null (JSON has neither).
    public mutating func append(number n: Double) {
        guard n.isFinite else { return append("null") }
        if n.rounded() == n, abs(n) < 1e15 { return append(Int(n)) }
        guard let (scaled, places) = Self.shortDecimal(n) else { return bytes.append(contentsOf: "\(n)".utf8) }
        if scaled < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(scaled.magnitude, atLeast: places + 1)
        bytes.insert(UInt8(ascii: "."), at: bytes.count - places)
    }

    /// `n` as `scaled` / 10^`places` for the fewest places (1 to 4) that give `n` back exactly,
    /// for |n| < 1e9: there 10^-4 is far wider than the spacing of doubles, so no other decimal
    /// with as few places rounds to `n` and this is the shortest round-trip spelling. Pixel
    /// coordinates (halves, quarters, hundredths) all take this way.
    static func shortDecimal(_ n: Double) -> (scaled: Int, places: Int)? {
        guard abs(n) < 1e9 else { return nil }
        var scale = 1.0
        for places in 1...4 {
            scale *= 10
            let scaled = (n * scale).rounded()
            if scaled / scale == n { return (Int(scaled), places) }
        }
        return nil
    }

    /// The decimal digits of `value`, zero-padded on the left to at least `width` digits.
    private mutating func appendDigits(_ value: UInt, atLeast width: Int) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { digits in
            var rest = value
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(truncatingIfNeeded: rest % 10) &+ 0x30
                rest /= 10
            } while rest > 0 || digits.count - start < width
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }
}
