/// Parses the part of YAML that dataset configs (Ultralytics `data.yaml`) use: nested block
/// mappings and lists (also `- key: value` items), flow lists and mappings (`[a, b]`, `{0: a}`,
/// also across lines), plain and quoted scalars with escapes, `|`/`>` block scalars (kept as text:
/// Ultralytics files carry download scripts in them) and comments. Anchors, aliases, tags and
/// multi-line plain scalars are not supported. Written here because the package takes no
/// dependencies. It never fails: what it cannot read becomes a problem with its line and is skipped.
struct YAMLParser {
    private var lines: [YAMLLine]
    private var index = 0
    private var problems: [YAMLProblem] = []

    static func parse(_ bytes: [UInt8]) -> YAMLDocument {
        var parser = YAMLParser(lines: YAMLLine.split(bytes))
        let root = parser.document()
        return YAMLDocument(root: root, problems: parser.problems.sorted { $0.line < $1.line })
    }

    static func parse(_ text: String) -> YAMLDocument { parse(Array(text.utf8)) }

    private init(lines: [YAMLLine]) {
        self.lines = lines
        for line in lines where line.hasTabIndent && !line.isBlank {
            problems.append(YAMLProblem(line: line.number, message: "tab in the indentation (YAML allows spaces only); counted as one space"))
        }
    }

    private mutating func document() -> YAMLNode? {
        guard let first = nextLine() else { return nil }
        let root = block(indent: first.indent)
        while let extra = nextLine() {
            problems.append(YAMLProblem(line: extra.number, message: "does not fit the indentation above; line skipped"))
            index += 1
        }
        return root
    }

    /// The next line with content, skipping blank and comment lines.
    private mutating func nextLine() -> YAMLLine? {
        while index < lines.count, lines[index].isBlank { index += 1 }
        return index < lines.count ? lines[index] : nil
    }

    private mutating func block(indent: Int) -> YAMLNode {
        nextLine()?.isListItem == true ? list(indent: indent) : map(indent: indent)
    }

    private mutating func map(indent: Int) -> YAMLNode {
        let start = nextLine()?.number ?? 0
        var entries: [YAMLEntry] = []
        var keys: Set<String> = []
        while let line = nextLine(), line.indent >= indent {
            index += 1
            guard line.indent == indent, !line.isListItem, let (key, rest) = Self.splitKey(line.text) else {
                let what = line.indent > indent ? "does not fit the indentation above" : "is not `key: value`"
                problems.append(YAMLProblem(line: line.number, message: "\(what); line skipped"))
                continue
            }
            if !keys.insert(key).inserted {
                problems.append(YAMLProblem(line: line.number, message: "key \"\(key)\" repeats; the last one is used"))
            }
            entries.append(YAMLEntry(key: key, line: line.number, value: value(rest, of: line, indent: indent, inMap: true)))
        }
        return YAMLNode(line: start, value: .map(entries))
    }

    private mutating func list(indent: Int) -> YAMLNode {
        let start = nextLine()?.number ?? 0
        var items: [YAMLNode] = []
        while let line = nextLine(), line.indent == indent, line.isListItem {
            let rest = String(line.text.dropFirst().drop { $0 == " " || $0 == "\t" })
            if !rest.isEmpty, Self.splitKey(rest) != nil {
                // `- key: value`: a mapping whose first key sits after the dash; its other keys
                // line up with that first key.
                lines[index] = YAMLLine(number: line.number, indent: indent + line.text.count - rest.count, text: rest, raw: line.raw)
                items.append(map(indent: lines[index].indent))
            } else {
                index += 1
                items.append(value(rest, of: line, indent: indent, inMap: false))
            }
        }
        return YAMLNode(line: start, value: .list(items))
    }

    /// The value after `key:` or `-`: inline, a block scalar, or the more indented block below.
    private mutating func value(_ rest: String, of line: YAMLLine, indent: Int, inMap: Bool) -> YAMLNode {
        guard let first = rest.first else {
            guard let next = nextLine() else { return YAMLNode(line: line.number, value: .null) }
            if next.indent > indent { return block(indent: next.indent) }
            // `key:` followed by `- item` lines at the key's own indentation is common YAML.
            if inMap, next.indent == indent, next.isListItem { return list(indent: indent) }
            return YAMLNode(line: line.number, value: .null)
        }
        if first == "|" || first == ">" { return blockScalar(folded: first == ">", after: line, indent: indent) }
        let text = first == "[" || first == "{" ? flowText(rest) : rest
        return YAMLInlineParser.value(text, line: line.number, problems: &problems)
    }

    /// A flow collection with the lines it continues on. When those lines do not complete it
    /// (a missing `]`), only its own line is taken: the problem is reported there, and the lines
    /// after it are still read as keys. Brackets are counted line by line, so a long file after a
    /// missing `]` is not parsed again for every line.
    private mutating func flowText(_ start: String) -> String {
        var depth = YAMLLine.bracketDepth(start)
        var text = start
        var next = index
        while depth > 0 {
            while next < lines.count, lines[next].isBlank { next += 1 }
            guard next < lines.count else { return start }
            text += "\n" + lines[next].text
            depth += YAMLLine.bracketDepth(lines[next].text)
            next += 1
        }
        guard text != start, YAMLInlineParser.readsCleanly(text) else { return start }
        index = next
        return text
    }

    /// The more indented raw lines below; `#` in them is text, not a comment.
    private mutating func blockScalar(folded: Bool, after line: YAMLLine, indent: Int) -> YAMLNode {
        var body: [String] = []
        var bodyIndent: Int?
        while index < lines.count {
            let candidate = lines[index]
            let isEmpty = candidate.raw.allSatisfy { $0 == " " || $0 == "\t" }
            if !isEmpty, candidate.indent <= indent { break }
            if !isEmpty, bodyIndent == nil { bodyIndent = candidate.indent }
            body.append(isEmpty ? "" : String(candidate.raw.dropFirst(min(bodyIndent ?? 0, candidate.indent))))
            index += 1
        }
        while body.last == "" { body.removeLast() }
        return YAMLNode(line: line.number, value: .scalar(body.joined(separator: folded ? " " : "\n")))
    }

    /// `key: rest` with a plain or quoted key; nil when the text is not a mapping entry.
    static func splitKey(_ text: String) -> (key: String, rest: String)? {
        if let quoted = YAMLInlineParser.quotedPrefix(text) {
            let after = quoted.rest.drop { $0 == " " || $0 == "\t" }
            guard after.first == ":", after.count == 1 || [" ", "\t"].contains(after.dropFirst().first) else { return nil }
            return (quoted.text, trimmed(after.dropFirst()))
        }
        guard let first = text.first, !"[{\"'".contains(first) else { return nil }
        var search = text.startIndex
        while let colon = text[search...].firstIndex(of: ":") {
            let after = text.index(after: colon)
            if after == text.endIndex || text[after] == " " || text[after] == "\t" {
                let key = trimmed(text[..<colon])
                return key.isEmpty ? nil : (key, trimmed(text[after...]))
            }
            search = after
        }
        return nil
    }

    private static func trimmed(_ text: Substring) -> String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = text.firstIndex(where: { !isBlank($0) }), let last = text.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(text[first...last])
    }
}
