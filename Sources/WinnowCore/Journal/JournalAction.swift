/// What a journal event records. Unknown types (from a newer Winnow) are kept, not dropped,
/// so they are reported and survive a rewrite.
public enum JournalAction: Equatable, Sendable {
    case verdict(item: String, verdict: Verdict, note: String?, reason: String?)
    /// One verdict on many items at once (accepting the rest of a tier): one event, one undo.
    case batchVerdict(items: [String], verdict: Verdict, note: String?)
    /// A free-text remark on an item, independent of any verdict.
    case note(item: String, text: String)
    /// Marks an item for a second look (`on: false` clears the mark).
    case flag(item: String, on: Bool)
    /// A drawn audit sample of a tier, so the audit queue survives restarts and is shared.
    /// The latest sample of a tier replaces earlier ones.
    case auditSample(tier: String, seed: UInt64, items: [String])
    /// A signal event placed or moved: the resulting position, not a delta.
    case eventSet(item: String, event: SignalEventPosition)
    case eventDelete(item: String, type: SignalEventType)
    /// A box added, moved, resized or relabelled: the resulting box and category, not a delta.
    case boxSet(item: String, label: String, box: BoundingBox, category: String)
    case boxDelete(item: String, label: String)
    /// A box accepted (it becomes verified) or rejected (left out of exports) on its own.
    case boxDecision(item: String, label: String, accepted: Bool)
    /// Predictions taken as labels (new boxes, or replacing the labels they name), in one undo.
    case boxAdopt(item: String, boxes: [AdoptedBox])
    /// A text example's label (an intent, or an entity with its span) set, added or moved: the result, not a delta.
    case textLabelSet(item: String, label: String, category: String, span: TextSpan?)
    case textLabelDelete(item: String, label: String)
    /// A text example's response (or text, or prompt) as a reviewer rewrote it; the source keeps the original.
    case correction(item: String, field: String, text: String, reason: String?)
    /// Sessions whose submitter asked to be forgotten (`winnow forget`): they leave every later
    /// export. The address itself is not recorded.
    case forget(items: [String])
    case undo(target: Int)
    case redo(target: Int)
    case unknown(type: String, fields: JSONObject)

    public var typeName: String {
        switch self {
        case .verdict: return "verdict"
        case .batchVerdict: return "verdict.batch"
        case .note: return "note"
        case .flag: return "flag"
        case .auditSample: return "audit.sample"
        case .eventSet: return "event.set"
        case .eventDelete: return "event.delete"
        case .boxSet: return "box.set"
        case .boxDelete: return "box.delete"
        case .boxDecision: return "box.decision"
        case .boxAdopt: return "box.adopt"
        case .correction: return "correction"
        case .textLabelSet: return "text.label"
        case .textLabelDelete: return "text.label-delete"
        case .forget: return "forget"
        case .undo: return "undo"
        case .redo: return "redo"
        case .unknown(let type, _): return type
        }
    }

    /// The item an event is about, if it is about exactly one.
    public var item: String? {
        switch self {
        case .verdict(let item, _, _, _), .note(let item, _), .flag(let item, _), .eventSet(let item, _),
             .eventDelete(let item, _), .boxSet(let item, _, _, _), .boxDelete(let item, _), .boxDecision(let item, _, _),
             .boxAdopt(let item, _), .correction(let item, _, _, _), .textLabelSet(let item, _, _, _), .textLabelDelete(let item, _):
            return item
        case .batchVerdict, .auditSample, .forget, .undo, .redo, .unknown: return nil
        }
    }

    /// Every item the event is about (many for a batch or a sample).
    public var items: [String] {
        switch self {
        case .batchVerdict(let items, _, _), .auditSample(_, _, let items), .forget(let items): return items
        default: return item.map { [$0] } ?? []
        }
    }

    /// Undo and redo act on other events; a drawn sample is replaced by drawing again, not undone
    /// (so `u` after drawing still takes back the reviewer's last verdict); the rest can be undone.
    public var isUndoable: Bool {
        switch self {
        case .verdict, .batchVerdict, .note, .flag, .eventSet, .eventDelete, .boxSet, .boxDelete, .boxDecision, .boxAdopt, .correction, .textLabelSet, .textLabelDelete: return true
        case .auditSample, .forget, .undo, .redo, .unknown: return false
        }
    }
}
