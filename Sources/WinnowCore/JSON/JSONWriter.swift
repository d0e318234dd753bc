/// Serializes JSON deterministically: keys in insertion order, integral numbers without a
/// fraction, other numbers in their shortest round-trip form, non-ASCII text kept as UTF-8.
public enum JSONWriter {
    public static func string(_ value: JSONValue, pretty: Bool = false) -> String {
        var out = ""
        write(value, into: &out, indent: pretty ? 0 : nil)
        return out
    }

    private static func write(_ value: JSONValue, into out: inout String, indent: Int?) {
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += number(n)
        case .string(let s): writeString(s, into: &out)
        case .array(let items): writeArray(items, into: &out, indent: indent)
        case .object(let object): writeObject(object, into: &out, indent: indent)
        }
    }

    private static func writeArray(_ items: [JSONValue], into out: inout String, indent: Int?) {
        if items.isEmpty { out += "[]"; return }
        out += "["
        for (i, item) in items.enumerated() {
            if i > 0 { out += "," }
            newline(into: &out, indent: indent.map { $0 + 1 })
            write(item, into: &out, indent: indent.map { $0 + 1 })
        }
        newline(into: &out, indent: indent)
        out += "]"
    }

    private static func writeObject(_ object: JSONObject, into out: inout String, indent: Int?) {
        if object.isEmpty { out += "{}"; return }
        out += "{"
        for (i, pair) in object.pairs.enumerated() {
            if i > 0 { out += "," }
            newline(into: &out, indent: indent.map { $0 + 1 })
            writeString(pair.key, into: &out)
            out += indent == nil ? ":" : ": "
            write(pair.value, into: &out, indent: indent.map { $0 + 1 })
        }
        newline(into: &out, indent: indent)
        out += "}"
    }

    private static func newline(into out: inout String, indent: Int?) {
        guard let indent else { return }
        out += "\n"
        out += String(repeating: "  ", count: indent)
    }

    /// JSON has no NaN or infinity: they are written as null (spelled by `JSONBytes`).
    public static func number(_ n: Double) -> String {
        var text = JSONBytes()
        text.append(number: n)
        return String(decoding: text.bytes, as: UTF8.self)
    }

    /// Printable ASCII other than a quote or a backslash: written as it is in a string value.
    static func isPlain(_ byte: UInt8) -> Bool { byte >= 0x20 && byte < 0x7F && byte != 0x22 && byte != 0x5C }

    public static func writeString(_ s: String, into out: inout String) {
        out += "\""
        if s.utf8.allSatisfy(isPlain) {
            out += s  // plain printable ASCII, the common case: nothing to escape
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
                    || scalar.value == 0x2028 || scalar.value == 0x2029
                {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

extension JSONValue {
    /// Compact single-line JSON.
    public var jsonText: String { JSONWriter.string(self) }
}
