/// A note being typed (after `n`): keys go into it until Enter saves it or Esc drops it.
public struct NoteDraft: Equatable, Sendable {
    public static func == (a: NoteDraft, b: NoteDraft) -> Bool {
        a.item == b.item && a.line == b.line && a.correction?.field == b.correction?.field && a.correction?.text == b.correction?.text
    }

    /// The item the note is about (fixed when `n` was pressed).
    public var item: Int
    public var line = LineDraft()
    /// Set when the line is the reason for this correction (Enter or Esc saves it, with or without one).
    public var correction: (field: String, text: String)?
    public var text: String { line.text }

    /// Long enough for a sentence or two; the journal line stays small.
    public static let maxLength = 500

    public init(item: Int) {
        self.item = item
    }
}
