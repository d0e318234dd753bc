/// One example as it is exported: a pair, or a labelled text with its spans, and its split.
public struct TextExportRecord: Equatable, Sendable {
    public var id: String
    public var prompt: String?
    public var response: String?
    public var text: String?
    /// The whole-text label (intent, category), if any.
    public var label: String?
    public var entities: [(start: Int, end: Int, label: String)] = []
    /// A CoNLL sentence's tokens (else the text split at spaces).
    public var tokens: [TextSpan] = []
    public var split = "train"

    public static func == (a: TextExportRecord, b: TextExportRecord) -> Bool {
        a.id == b.id && a.prompt == b.prompt && a.response == b.response && a.text == b.text && a.label == b.label && a.split == b.split
            && a.entities.map { "\($0.start) \($0.end) \($0.label)" } == b.entities.map { "\($0.start) \($0.end) \($0.label)" }
    }
}
