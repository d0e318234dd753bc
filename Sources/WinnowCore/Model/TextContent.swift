/// What a text item shows: a prompt and its response (seed 003, instruction data), or a
/// labelled text (seed 001, CSV, CLINC150, a CoNLL sentence). Its labels (intent, sentiment,
/// entity spans) are the item's `labels`; tags, feedback, scores and split are its metadata.
public struct TextContent: Equatable, Sendable {
    public var prompt: String?
    public var response: String?
    /// The labelled text (for prompt/response items, nil).
    public var text: String?
    /// A CoNLL sentence's tokens, as spans of `text` (joined by single spaces).
    public var tokens: [TextSpan] = []
    /// How sure the data is of the example (`confidence`, `quality.auto_score`; 1 for a person's
    /// check or correction); an item with labels is as sure as its weakest label.
    public var confidence: Double?
    /// Every prediction set given (`--predictions`), in order, even where one found nothing here.
    public var predictionModels: [String] = []
    /// Entity spans a model predicted (`--predictions` of a CoNLL file): label and span.
    public var predictedSpans: [(model: String, label: String, span: TextSpan)] = []

    /// What the corrected field said before the first correction (nil: never corrected).
    public var original: String?

    /// The field (`response`, `text` or `prompt`) as a reviewer rewrote it: a person wrote it,
    /// so the example counts as verified.
    public mutating func correct(_ field: String, to corrected: String) {
        let before: String?
        switch field {
        case "prompt": before = prompt; prompt = corrected
        case "text": before = text; text = corrected
        default: before = response; response = corrected
        }
        if original == nil { original = before }
        confidence = 1
    }

    /// The words of the text as spans: a CoNLL sentence's tokens, else the runs between white space.
    public var words: [TextSpan] {
        guard tokens.isEmpty else { return tokens }
        var spans: [TextSpan] = []
        var start: Int?
        for (offset, scalar) in (text ?? "").unicodeScalars.enumerated() {
            if scalar.properties.isWhitespace {
                if let s = start { spans.append(TextSpan(start: s, end: offset)); start = nil }
            } else if start == nil {
                start = offset
            }
        }
        if let s = start { spans.append(TextSpan(start: s, end: (text ?? "").unicodeScalars.count)) }
        return spans
    }

    /// The field `E` opens: the response, else the text.
    public var editableField: (name: String, text: String)? {
        if let response { return ("response", response) }
        return text.map { ("text", $0) }
    }

    public init(prompt: String? = nil, response: String? = nil, text: String? = nil) {
        self.prompt = prompt
        self.response = response
        self.text = text
    }

    public static func == (a: TextContent, b: TextContent) -> Bool {
        a.prompt == b.prompt && a.response == b.response && a.text == b.text && a.tokens == b.tokens && a.confidence == b.confidence && a.original == b.original
            && a.predictedSpans.map { "\($0.model) \($0.label) \($0.span.start) \($0.span.end)" }
            == b.predictedSpans.map { "\($0.model) \($0.label) \($0.span.start) \($0.span.end)" }
    }
}
