/// What a journal event records. Unknown types (from a newer Winnow) are kept, not dropped,
/// so they are reported and survive a rewrite.
public enum JournalAction: Equatable, Sendable {
    case verdict(item: String, verdict: Verdict, note: String?, reason: String?)
    case undo(target: Int)
    case redo(target: Int)
    case unknown(type: String, fields: JSONObject)

    public var typeName: String {
        switch self {
        case .verdict: return "verdict"
        case .undo: return "undo"
        case .redo: return "redo"
        case .unknown(let type, _): return type
        }
    }

    /// The item an event is about, if any.
    public var item: String? {
        if case .verdict(let item, _, _, _) = self { return item }
        return nil
    }

    /// Undo and redo act on other events; everything else can itself be undone.
    public var isUndoable: Bool {
        switch self {
        case .verdict: return true
        case .undo, .redo, .unknown: return false
        }
    }
}
