/// A note being typed (after `n`): keys go into it until Enter saves it or Esc drops it.
public struct NoteDraft: Equatable, Sendable {
    /// The item the note is about (fixed when `n` was pressed).
    public var item: Int
    public var line = LineDraft()
    public var text: String { line.text }

    /// Long enough for a sentence or two; the journal line stays small.
    public static let maxLength = 500

    public init(item: Int) {
        self.item = item
    }
}
