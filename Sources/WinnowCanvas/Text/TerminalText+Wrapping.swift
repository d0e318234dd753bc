extension TerminalText {
    /// Breaks sanitized text into lines of at most `width` columns, at spaces where it can and
    /// mid-word where a word is longer than a line.
    public static func wrapped(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in sanitized(text).split(separator: " ", omittingEmptySubsequences: true) {
            var rest = String(word)
            while !rest.isEmpty {
                let needed = DisplayWidth.of(rest) + (lineWidth > 0 ? 1 : 0)
                if lineWidth + needed <= width {
                    line += (lineWidth > 0 ? " " : "") + rest
                    lineWidth += needed
                    rest = ""
                } else if lineWidth > 0 {
                    lines.append(line)
                    (line, lineWidth) = ("", 0)
                } else {
                    let head = prefix(of: rest, width: width)
                    lines.append(head)
                    rest = String(rest.dropFirst(head.count))
                }
            }
        }
        if lineWidth > 0 { lines.append(line) }
        return lines
    }

    /// The longest start of `s` that fits in `width` columns; at least one character, so wrapping always advances.
    private static func prefix(of s: String, width: Int) -> String {
        var kept = ""
        var used = 0
        for c in s {
            let w = DisplayWidth.of(c)
            if used + w > width, !kept.isEmpty { break }
            kept.append(c)
            used += w
        }
        return kept
    }
}
