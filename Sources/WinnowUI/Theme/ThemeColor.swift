import WinnowCanvas

/// Color and attribute words of theme files.
enum ThemeColor {
    private static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    static func parse(_ spec: String) -> Color? {
        let s = spec.lowercased()
        if s == "default" { return .terminalDefault }
        if let n = Int(s), (0...255).contains(n) { return .indexed(UInt8(n)) }
        if s.hasPrefix("#"), s.count == 7, let v = UInt32(s.dropFirst(), radix: 16) {
            return .rgb(UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF))
        }
        if let i = names.firstIndex(of: s) { return .indexed(UInt8(i)) }
        if s.hasPrefix("bright-"), let i = names.firstIndex(of: String(s.dropFirst(7))) { return .indexed(UInt8(i + 8)) }
        return nil
    }

    static func attribute(_ word: String) -> TextAttributes? {
        switch word.lowercased() {
        case "bold": return .bold
        case "dim": return .dim
        case "italic": return .italic
        case "underline": return .underline
        case "reverse": return .reverse
        case "blink": return .blink
        default: return nil
        }
    }
}
