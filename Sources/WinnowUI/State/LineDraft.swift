/// A line being typed in a status-bar prompt (filter, note, category) and where the cursor is,
/// in characters from the start.
public struct LineDraft: Equatable, Sendable, ExpressibleByStringLiteral {
    public var text: String
    public var cursor: Int

    /// The text with the cursor at its end.
    public init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    public init(text: String, cursor: Int) {
        self.text = text
        self.cursor = min(max(0, cursor), text.count)
    }

    public init(stringLiteral text: String) { self.init(text) }

    var before: Substring { text.prefix(cursor) }
    var after: Substring { text.dropFirst(cursor) }
}
