/// An applied event as `LedgerEvents` stores it: 32 bytes, no references. Names are numbers in
/// the store's tables; a plain verdict (no note or reason) is described in full here, anything
/// else keeps its whole action in the store's `details`.
struct LedgerRecord: Sendable {
    var seq: Int
    var time: EventTime
    var reviewer: Int32
    /// The item's number, or -1 for an event about no single item.
    var item: Int32
    /// A plain verdict's index in `Verdict.allCases`, or -1 when `detail` holds the action.
    var verdict: Int8
    var detail: Int32
}
