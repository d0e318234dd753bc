/// Reads what can sit on one line (or a flow collection across lines joined with "\n"): flow lists
/// `[a, b]`, flow mappings `{0: a}`, plain scalars and quoted scalars with their escapes. Problems
/// carry the line they are on; after one that leaves the structure unclear (a missing comma or
/// quote) the rest of the text is not read.
struct YAMLInlineParser {
    private let chars: [Character]
    private var position = 0
    private var line: Int
    private(set) var problems: [YAMLProblem] = []
    /// Set by a problem that leaves the structure unknown: the rest of the text is not read.
    private var stopped = false
    /// Collections open around the current value: each is a level of recursion, so a line of
    /// 50,000 `[` would overflow the stack without a limit.
    private var depth = 0
    static let maxDepth = 256

    init(_ text: String, line: Int) {
        chars = Array(text)
        self.line = line
    }

    static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]

    /// A whole value that must fill the text: flow collection, quoted or plain scalar.
    static func value(_ text: String, line: Int, problems: inout [YAMLProblem]) -> YAMLNode {
        var parser = YAMLInlineParser(text, line: line)
        let node = parser.flowValue(inCollection: false)
        parser.expectEnd()
        problems += parser.problems
        return node
    }

    /// True when the text is one value with nothing that stops the parser (bad escapes are fine).
    static func readsCleanly(_ text: String) -> Bool {
        var parser = YAMLInlineParser(text, line: 0)
        _ = parser.flowValue(inCollection: false)
        parser.expectEnd()
        return !parser.stopped
    }

    /// A quoted key at the start of the text, and the rest after it; nil when there is none.
    static func quotedPrefix(_ text: String) -> (text: String, rest: Substring)? {
        var parser = YAMLInlineParser(text, line: 0)
        guard let first = parser.peek, first == "\"" || first == "'" else { return nil }
        let value = parser.quoted()
        guard !parser.stopped else { return nil }
        return (value, Substring(String(parser.chars[parser.position...])))
    }

    private var peek: Character? { position < chars.count ? chars[position] : nil }

    private mutating func expectEnd() {
        skipBlanks()
        guard position < chars.count, !stopped else { return }
        report("unexpected text after the value: \(String(chars[position...].prefix(30)))")
    }

    private mutating func flowValue(inCollection: Bool) -> YAMLNode {
        skipBlanks()
        let start = line
        if peek == "[" || peek == "{" {
            guard depth < Self.maxDepth else {
                report("flow collections nested deeper than \(Self.maxDepth) levels")
                return YAMLNode(line: start, value: .scalar(""))
            }
            depth += 1
            defer { depth -= 1 }
            return peek == "[" ? list() : map()
        }
        switch peek {
        case "\""?, "'"?: return YAMLNode(line: start, value: .scalar(quoted()))
        default: return plain(stopAt: inCollection ? ",]}" : "", line: start)
        }
    }

    private mutating func list() -> YAMLNode {
        let start = line
        var items: [YAMLNode] = []
        let closed = readItems(closer: "]") { items.append($0.flowValue(inCollection: true)) }
        return closed ? YAMLNode(line: start, value: .list(items)) : closingProblem("[", start, .list(items))
    }

    private mutating func map() -> YAMLNode {
        let start = line
        var entries: [YAMLEntry] = []
        let closed = readItems(closer: "}") { entries.append($0.entry()) }
        return closed ? YAMLNode(line: start, value: .map(entries)) : closingProblem("{", start, .map(entries))
    }

    /// From the opener up to `closer`, one `readItem` per comma-separated item; false when the
    /// text ends first.
    private mutating func readItems(closer: Character, _ readItem: (inout YAMLInlineParser) -> Void) -> Bool {
        position += 1
        while !stopped {
            skipBlanks()
            guard let next = peek else { return false }
            if next == closer {
                position += 1
                return true
            }
            readItem(&self)
            endOfItem(closer: closer)
        }
        return true
    }

    private mutating func entry() -> YAMLEntry {
        let keyLine = line
        let key = peek == "\"" || peek == "'" ? quoted() : plainText(stopAt: ",}", atColon: true)
        skipBlanks()
        guard peek == ":" else { return YAMLEntry(key: key, line: keyLine, value: YAMLNode(line: keyLine, value: .null)) }
        position += 1
        skipBlanks()
        if peek == "," || peek == "}" { return YAMLEntry(key: key, line: keyLine, value: YAMLNode(line: line, value: .null)) }
        return YAMLEntry(key: key, line: keyLine, value: flowValue(inCollection: true))
    }

    /// After an item: a comma, or the closer (left for the loop), or a problem.
    private mutating func endOfItem(closer: Character) {
        skipBlanks()
        if peek == "," {
            position += 1
        } else if let next = peek, next != closer {
            report("expected \",\" or \"\(closer)\" but found \"\(next)\"")
        }
    }

    private mutating func closingProblem(_ opener: String, _ start: Int, _ value: YAMLValue) -> YAMLNode {
        problems.append(YAMLProblem(line: start, message: "\"\(opener)\" is not closed"))
        stopped = true
        return YAMLNode(line: start, value: value)
    }

    private mutating func plain(stopAt stops: String, line start: Int) -> YAMLNode {
        let text = plainText(stopAt: stops, atColon: false)
        return YAMLNode(line: start, value: Self.nullWords.contains(text) ? .null : .scalar(text))
    }

    /// Up to a stop character or a line break; for a key also up to `: ` (or a colon at the end).
    private mutating func plainText(stopAt stops: String, atColon: Bool) -> String {
        var text = ""
        while let char = peek, !stops.contains(char), char != "\n" {
            if atColon, char == ":", position + 1 == chars.count || " \t,}".contains(chars[position + 1]) { break }
            text.append(char)
            position += 1
        }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }

    /// A `'...'` (with `''` for a quote) or `"..."` (with backslash escapes) scalar.
    private mutating func quoted() -> String {
        let quote = chars[position]
        let start = line
        position += 1
        var text = ""
        while let char = peek {
            position += 1
            if char == quote {
                guard quote == "'", peek == "'" else { return text }
                position += 1
                text.append("'")
            } else if char == "\\", quote == "\"" {
                text += escape()
            } else {
                if char == "\n" { line += 1 }
                text.append(char == "\n" ? " " : char)
            }
        }
        problems.append(YAMLProblem(line: start, message: "the quote \(quote) is not closed"))
        stopped = true
        return text
    }

    private static let simpleEscapes: [Character: String] = [
        "0": "\0", "a": "\u{07}", "b": "\u{08}", "t": "\t", "\t": "\t", "n": "\n", "v": "\u{0B}", "f": "\u{0C}",
        "r": "\r", "e": "\u{1B}", " ": " ", "\"": "\"", "/": "/", "\\": "\\", "N": "\u{85}", "_": "\u{A0}",
        "L": "\u{2028}", "P": "\u{2029}",
    ]
    private static let hexEscapeLengths: [Character: Int] = ["x": 2, "u": 4, "U": 8]

    private mutating func escape() -> String {
        guard let code = peek else { return "\\" }
        position += 1
        if let text = Self.simpleEscapes[code] { return text }
        if let length = Self.hexEscapeLengths[code] {
            let digits = String(chars[position..<min(position + length, chars.count)])
            if digits.count == length, let value = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(value) {
                position += length
                return String(Character(scalar))
            }
            note("\\\(code) needs \(length) hex digits for a character; kept as written")
            return "\\\(code)"
        }
        note("unknown escape \\\(code); kept as written")
        return "\\\(code)"
    }

    private mutating func skipBlanks() {
        while let char = peek, char == " " || char == "\t" || char == "\n" {
            if char == "\n" { line += 1 }
            position += 1
        }
    }

    /// A problem after which the rest of the text is not read.
    private mutating func report(_ message: String) {
        problems.append(YAMLProblem(line: line, message: message))
        position = chars.count
        stopped = true
    }

    /// A problem that leaves the structure intact (a bad escape): reading goes on.
    private mutating func note(_ message: String) {
        problems.append(YAMLProblem(line: line, message: message))
    }
}
