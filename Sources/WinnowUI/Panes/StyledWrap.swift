import WinnowCanvas

/// Styled text wrapped to a width: line breaks kept, lines broken after the last space that fits
/// (a word wider than the line is cut), control characters made visible first, and widths
/// measured per character (wide and combining ones included).
enum StyledWrap {
    typealias Line = [(text: String, style: Style)]

    static func lines(_ segments: [(String, Style)], width: Int) -> [Line] {
        guard width > 0 else { return [] }
        var lines: [Line] = []
        var current: [(Character, Style)] = []
        var used = 0
        func flush() {
            lines.append(merged(current))
            current = []
            used = 0
        }
        for (text, style) in segments {
            for paragraph in Self.paragraphs(text).enumerated() {
                if paragraph.offset > 0 { flush() }
                for c in TerminalText.sanitized(String(paragraph.element)) {
                    let w = DisplayWidth.of(c)
                    if used + w > width {
                        let cut = current.lastIndex { $0.0 == " " }.map { $0 + 1 } ?? current.count
                        let carried = Array(current[cut...])
                        current.removeSubrange(cut...)
                        flush()
                        current = carried
                        used = carried.reduce(0) { $0 + DisplayWidth.of($1.0) }
                    }
                    current.append((c, style))
                    used += w
                }
            }
        }
        if !current.isEmpty || lines.isEmpty { flush() }
        return lines
    }

    private static func paragraphs(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    }

    /// Neighbouring characters of one style as one run.
    private static func merged(_ characters: [(Character, Style)]) -> Line {
        var line: Line = []
        for (c, style) in characters {
            if let last = line.last, last.style == style {
                line[line.count - 1].text.append(c)
            } else {
                line.append((String(c), style))
            }
        }
        return line
    }
}
