/// A stretch of an item's text, in Unicode scalars from its start (Python's string offsets, as
/// seed 001's `[text, label, start, end]` and spaCy count them): `start` inclusive, `end` exclusive.
public struct TextSpan: Hashable, Sendable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// The spanned text, or nil when the span does not fit in `text`.
    public func text(in text: String) -> String? {
        let scalars = text.unicodeScalars
        guard start >= 0, start <= end, end <= scalars.count else { return nil }
        let from = scalars.index(scalars.startIndex, offsetBy: start)
        return String(String.UnicodeScalarView(scalars[from..<scalars.index(from, offsetBy: end - start)]))
    }
}
