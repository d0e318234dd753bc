import Foundation

/// RFC 4180 fields: quoted when they hold a comma, quote or line break; quotes doubled.
public enum CSVField {
    public static func escaped(_ text: String) -> String {
        // By scalar: Swift reads CRLF as one Character, which equals neither "\n" nor "\r".
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension JSONValue {
    /// A value as a CSV cell: strings bare, numbers as JSON writes them, null empty.
    var csvText: String {
        switch self {
        case .null: return ""
        case .string(let s): return s
        case .number(let n): return JSONWriter.number(n)
        case .bool(let b): return b ? "true" : "false"
        default: return jsonText
        }
    }
}
