/// A header cell as a JSON value: obvious numbers (`8`, `100`, `1,000`, `-0.001`) become numbers,
/// everything else stays the string the file holds. Identifiers that only look numeric keep their
/// text: leading zeros (`007`), more than 15 digits, or `Inf` (JSON has no infinity).
enum SetitecMetadataValue {
    static func json(_ text: String) -> JSONValue {
        guard isObviousNumber(text), let number = SetitecNumberParser.parse(text) else { return .string(text) }
        return .number(number)
    }

    static func isObviousNumber(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        let start = bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") ? 1 : 0
        var wholeDigits = 0
        var fractionDigits = 0
        var sawPoint = false
        for byte in bytes[start...] {
            if byte >= 0x30, byte <= 0x39 {
                if sawPoint { fractionDigits += 1 } else { wholeDigits += 1 }
            } else if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                return false
            }
        }
        guard wholeDigits > 0, !sawPoint || fractionDigits > 0 else { return false }
        if wholeDigits > 1, bytes[start] == UInt8(ascii: "0") { return false }
        return wholeDigits + fractionDigits <= 15
    }
}
