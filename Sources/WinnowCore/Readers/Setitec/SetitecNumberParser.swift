/// Reads a number from the bytes of one cell the way Setitec controllers (and their converters)
/// write them: decimal comma or point, optional sign, spaces or NUL bytes around it, `Inf`/`NaN`,
/// an optional exponent. Returns nil for anything else. No String is made per cell: this runs on
/// every cell of every data row.
enum SetitecNumberParser {
    /// Exact powers of ten: a mantissa below 2^53 divided or multiplied by one of these is rounded
    /// once, so the result is the correctly rounded value (the classic fast path).
    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }
    private static let maxExactMantissa: UInt64 = 1 << 53

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Double? {
        var index = start
        var stop = end
        while index < stop, isPadding(bytes[index]) { index += 1 }
        while stop > index, isPadding(bytes[stop - 1]) { stop -= 1 }
        guard index < stop else { return nil }
        var negative = false
        if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        guard index < stop else { return nil }
        let letter = bytes[index] | 0x20
        if letter == UInt8(ascii: "i") || letter == UInt8(ascii: "n") {
            return special(bytes, from: index, to: stop, negative: negative)
        }
        return decimal(bytes, from: index, to: stop, negative: negative, cellStart: start, cellEnd: end)
    }

    private static func decimal(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to stop: Int, negative: Bool, cellStart: Int, cellEnd: Int
    ) -> Double? {
        var index = start
        var mantissa: UInt64 = 0
        var digits = 0
        var scale = 0
        var sawDigit = false
        var sawPoint = false
        var dropped = false
        while index < stop {
            let byte = bytes[index]
            if byte >= 0x30, byte <= 0x39 {
                sawDigit = true
                if mantissa == 0, byte == 0x30 {
                    if sawPoint { scale -= 1 }
                } else if digits < 19 {
                    mantissa = mantissa * 10 + UInt64(byte - 0x30)
                    digits += 1
                    if sawPoint { scale -= 1 }
                } else {
                    dropped = true
                    if !sawPoint { scale += 1 }
                }
            } else if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                break
            }
            index += 1
        }
        guard sawDigit else { return nil }
        if index < stop {
            guard let exponent = exponent(bytes, from: index, to: stop) else { return nil }
            scale += exponent
        }
        if mantissa == 0 { return negative ? -0.0 : 0.0 }
        if !dropped, mantissa < maxExactMantissa, scale >= -22, scale <= 22 {
            let magnitude = scale < 0 ? Double(mantissa) / powersOfTen[-scale] : Double(mantissa) * powersOfTen[scale]
            return negative ? -magnitude : magnitude
        }
        return slowPath(bytes, from: cellStart, to: cellEnd)
    }

    /// `e5`, `E-3`, `e+07` at `start`, running exactly to `stop`.
    private static func exponent(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to stop: Int) -> Int? {
        guard bytes[start] | 0x20 == UInt8(ascii: "e") else { return nil }
        var index = start + 1
        var negative = false
        if index < stop, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        guard index < stop else { return nil }
        var value = 0
        while index < stop {
            let byte = bytes[index]
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = min(value * 10 + Int(byte - 0x30), 100_000)
            index += 1
        }
        return negative ? -value : value
    }

    /// `Inf`, `Infinity`, `NaN` in any case.
    private static func special(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to stop: Int, negative: Bool) -> Double? {
        var word: [UInt8] = []
        for index in start..<stop { word.append(bytes[index] | 0x20) }
        switch String(decoding: word, as: UTF8.self) {
        case "inf", "infinity": return negative ? -Double.infinity : Double.infinity
        case "nan": return Double.nan
        default: return nil
        }
    }

    /// More than 19 digits or a huge exponent: rare enough to go through the standard library.
    private static func slowPath(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Double? {
        var text: [UInt8] = []
        for index in start..<end where !isPadding(bytes[index]) {
            text.append(bytes[index] == UInt8(ascii: ",") ? UInt8(ascii: ".") : bytes[index])
        }
        return Double(String(decoding: text, as: UTF8.self))
    }

    /// Spaces, tabs, CR and NUL bytes around a value carry no meaning.
    @inline(__always)
    static func isPadding(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x00
    }
}

extension SetitecNumberParser {
    /// Convenience for text that is already a String (metadata cells, tests).
    static func parse(_ text: String) -> Double? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { parse($0, from: 0, to: bytes.count) }
    }
}
