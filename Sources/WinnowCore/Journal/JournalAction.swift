/// What a journal event records. Unknown types (from a newer Winnow) are kept, not dropped,
/// so they are reported and survive a rewrite.
public enum JournalAction: Equatable, Sendable {
    case verdict(item: String, verdict: Verdict, note: String?, reason: String?)
    /// A signal event placed or moved: the resulting position, not a delta.
    case eventSet(item: String, event: SignalEventPosition)
    case eventDelete(item: String, type: SignalEventType)
    case undo(target: Int)
    case redo(target: Int)
    case unknown(type: String, fields: JSONObject)

    public var typeName: String {
        switch self {
        case .verdict: return "verdict"
        case .eventSet: return "event.set"
        case .eventDelete: return "event.delete"
        case .undo: return "undo"
        case .redo: return "redo"
        case .unknown(let type, _): return type
        }
    }

    /// The item an event is about, if any.
    public var item: String? {
        switch self {
        case .verdict(let item, _, _, _), .eventSet(let item, _), .eventDelete(let item, _): return item
        case .undo, .redo, .unknown: return nil
        }
    }

    /// Undo and redo act on other events; everything else can itself be undone.
    public var isUndoable: Bool {
        switch self {
        case .verdict, .eventSet, .eventDelete: return true
        case .undo, .redo, .unknown: return false
        }
    }
}
