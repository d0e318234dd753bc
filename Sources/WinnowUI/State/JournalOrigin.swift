/// Why an event is being appended, so the reducer knows what to do once it is saved.
public enum JournalOrigin: Equatable, Sendable {
    /// A verdict on this item (queue index at the time): move on to the next item once saved.
    case verdict(item: Int)
    /// A signal event placed, moved or deleted; a flag set or cleared; a note.
    case edit
    /// A batch accept from the workstation.
    case batch
    /// An audit sample drawn from the workstation: show the audit queue once saved.
    case audit
    case undo
    case redo
}
