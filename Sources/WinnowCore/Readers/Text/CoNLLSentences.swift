/// The sentences of a CoNLL file: tokens and tags with the line each sentence starts on.
struct CoNLLSentences {
    struct Sentence {
        var line: Int
        var tokens: [String] = []
        var tags: [String] = []

        /// Tokens joined by single spaces, each token's span, and the entities its tags mark.
        func content() -> (TextContent, [(label: String, span: TextSpan)]) {
            var spans: [TextSpan] = []
            var offset = 0
            for token in tokens {
                let length = token.unicodeScalars.count
                spans.append(TextSpan(start: offset, end: offset + length))
                offset += length + 1
            }
            var content = TextContent(text: tokens.joined(separator: " "))
            content.tokens = spans
            let entities = BIOTags.entities(tags).map { ($0.label, TextSpan(start: spans[$0.first].start, end: spans[$0.last].end)) }
            return (content, entities)
        }
    }

    private(set) var sentences: [Sentence] = []

    init(_ text: String, file: String, issues: inout [Issue]) {
        var current: Sentence?
        for (offset, line) in TextExamples.lines(text).enumerated() {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if fields.isEmpty {
                if let done = current, !done.tokens.isEmpty { sentences.append(done) }
                current = nil
                continue
            }
            guard fields.count >= 2 else {
                issues.append(Issue(.error, "conll.bad-line", "expected a token and a tag", location: "\(file):\(offset + 1)"))
                continue
            }
            if current == nil { current = Sentence(line: offset + 1) }
            current!.tokens.append(String(fields[0]))
            current!.tags.append(String(fields[fields.count - 1]))
        }
        if let done = current, !done.tokens.isEmpty { sentences.append(done) }
    }
}
