/// One line of a YAML text as the block parser sees it: indentation, content without its comment,
/// and the raw text (block scalars keep `#` and spacing as written).
struct YAMLLine {
    let number: Int
    /// Leading spaces (a tab counts as one; the parser reports tabs, which YAML forbids here).
    let indent: Int
    /// After the indentation, without a trailing comment or trailing blanks; "" for blank,
    /// comment-only and document-marker lines.
    let text: String
    let raw: String
    let hasTabIndent: Bool

    var isBlank: Bool { text.isEmpty }
    var isListItem: Bool { text == "-" || text.hasPrefix("- ") || text.hasPrefix("-\t") }

    init(number: Int, indent: Int, text: String, raw: String, hasTabIndent: Bool = false) {
        self.number = number
        self.indent = indent
        self.text = text
        self.raw = raw
        self.hasTabIndent = hasTabIndent
    }

    static func split(_ bytes: [UInt8]) -> [YAMLLine] {
        TextLine.splitSkippingBOM(bytes).map { line in
            let raw = String(decoding: line.bytes, as: UTF8.self)
            let leading = raw.prefix { $0 == " " || $0 == "\t" }
            var text = withoutComment(raw.dropFirst(leading.count))
            if leading.isEmpty, isDocumentMarker(text) { text = "" }
            return YAMLLine(number: line.number, indent: leading.count, text: text, raw: raw, hasTabIndent: leading.contains("\t"))
        }
    }

    /// `---`, `...` and `%` directives: one document per file is all a config needs.
    private static func isDocumentMarker(_ text: String) -> Bool {
        text == "---" || text.hasPrefix("--- ") || text == "..." || text.hasPrefix("%")
    }

    /// Cuts a `#` comment (one at the start or after a blank) that is not inside quotes.
    static func withoutComment(_ text: Substring) -> String {
        let chars = Array(text)
        var end = chars.count
        forEachUnquoted(chars) { index, char in
            guard char == "#", index == 0 || chars[index - 1] == " " || chars[index - 1] == "\t" else { return true }
            end = index
            return false
        }
        var kept = chars[..<end]
        while let last = kept.last, last == " " || last == "\t" { kept.removeLast() }
        return String(kept)
    }

    /// How many more `[` and `{` than `]` and `}` the text has outside quotes.
    static func bracketDepth(_ text: String) -> Int {
        var depth = 0
        forEachUnquoted(Array(text)) { _, char in
            if char == "[" || char == "{" { depth += 1 }
            if char == "]" || char == "}" { depth -= 1 }
            return true
        }
        return depth
    }

    /// Calls `visit` with each character outside quoted scalars (quotes included) until it
    /// returns false. A quote opens a quoted scalar only where a value can start, so the `'` in
    /// `it's` is text.
    private static func forEachUnquoted(_ chars: [Character], _ visit: (Int, Character) -> Bool) {
        var quote: Character?
        var lastNonBlank: Character?
        var index = 0
        while index < chars.count {
            let char = chars[index]
            if let open = quote {
                let doubled = open == "'" && char == "'" && index + 1 < chars.count && chars[index + 1] == "'"
                if (open == "\"" && char == "\\") || doubled {
                    index += 2
                    continue
                }
                if char == open { quote = nil }
            } else {
                guard visit(index, char) else { return }
                if char == "\"" || char == "'", lastNonBlank.map({ ":-[{,?".contains($0) }) ?? true { quote = char }
            }
            if char != " ", char != "\t" { lastNonBlank = char }
            index += 1
        }
    }
}
