/// Making text from data safe to put on a terminal. Labels, prompts and file names may carry
/// escape sequences (clear the screen, retitle the window) or bidi overrides that make text
/// read differently from what it is; a reviewer must see such bytes, never have them acted on.
public enum TerminalText {
    /// The text with every control or spoofing character made visible: C0 controls in caret
    /// notation (`ESC` → `^[`, newline → `^J`, tab → `^I`), DEL → `^?`, C1 controls, bidi
    /// controls and invisible format characters as `<U+202E>`. Everything else is unchanged,
    /// including joiners and variation selectors that emoji and scripts need. Idempotent.
    public static func sanitized(_ s: String) -> String {
        if isPlainASCII(s) { return s }
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar? = nil
        for scalar in s.unicodeScalars {
            appendVisible(scalar, after: previous, to: &out)
            if !isTag(scalar) { previous = scalar }
        }
        return String(out)
    }

    /// The text cut to at most `width` columns, ending in `ellipsis` when anything was cut.
    /// Measures text as given: sanitize first if it came from data.
    public static func truncated(_ s: String, toWidth width: Int, ellipsis: Character = "…") -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(s) <= width { return s }
        let ellipsisWidth = DisplayWidth.of(ellipsis)
        let budget = ellipsisWidth <= width ? width - ellipsisWidth : width
        var kept = ""
        var used = 0
        for c in s {
            let w = DisplayWidth.of(c)
            if used + w > budget { break }
            kept.append(c)
            used += w
        }
        if ellipsisWidth <= width { kept.append(ellipsis) }
        return kept
    }

    private static func isPlainASCII(_ s: String) -> Bool {
        s.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    private static func appendVisible(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar?, to out: inout String.UnicodeScalarView) {
        let v = scalar.value
        switch v {
        case 0x00..<0x20:
            out.append("^")
            out.append(Unicode.Scalar(UInt8(v) + 0x40))
        case 0x7F:
            out.append(contentsOf: "^?".unicodeScalars)
        case _ where isSpoofing(v) || (isTag(scalar) && previous?.value != blackFlag):
            out.append(contentsOf: codePointNotation(v).unicodeScalars)
        default:
            out.append(scalar)
        }
    }

    /// C1 controls, bidi controls and invisible characters that can hide or reorder text.
    private static func isSpoofing(_ v: UInt32) -> Bool {
        switch v {
        case 0x80...0x9F,                 // C1 controls (0x9B is a one-byte CSI on some terminals)
             0x061C, 0x200E, 0x200F,      // Arabic letter mark, LRM, RLM
             0x202A...0x202E,             // bidi embeddings and overrides
             0x2066...0x2069,             // bidi isolates
             0x200B, 0x2060...0x2064,     // zero-width space, word joiner, invisible operators
             0x2028, 0x2029,              // line and paragraph separators
             0x180E, 0xFEFF,              // Mongolian vowel separator, BOM / zero-width no-break space
             0xFFF9...0xFFFB:             // interlinear annotation controls
            return true
        default:
            return false
        }
    }

    /// Tag characters spell invisible ASCII ("ASCII smuggling"); they are only legitimate
    /// inside subdivision flags, which start with a waving black flag.
    private static func isTag(_ scalar: Unicode.Scalar) -> Bool { (0xE0000...0xE007F).contains(scalar.value) }
    private static let blackFlag: UInt32 = 0x1F3F4

    private static func codePointNotation(_ v: UInt32) -> String {
        let hex = String(v, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}
