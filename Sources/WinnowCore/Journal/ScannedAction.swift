/// The action of a `ScannedLine`: the event types the fast path reads.
enum ScannedAction {
    case verdict(item: UnsafeBufferPointer<UInt8>, verdict: Verdict, note: String?, reason: String?)
    case undo(target: Int)
    case redo(target: Int)
}
