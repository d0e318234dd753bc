/// The curation state of one dataset: its journal replayed. A pure value: the UI keeps one and
/// applies each event the journal confirms, the commands build one from the whole journal.
public struct CurationLedger: Sendable {
    /// Every event applied, by sequence number (the history `show` prints).
    public private(set) var events: [Int: JournalEvent] = [:]
    /// Events that an undo has taken back (and no redo has restored).
    public private(set) var undone: Set<Int> = []
    /// Verdict events per item, oldest first.
    private var verdictEvents: [String: [Int]] = [:]
    /// Label edits (signal events placed, moved, deleted) per item, oldest first.
    private var editEvents: [String: [Int]] = [:]
    private var undoStacks: [String: [UndoEntry]] = [:]
    private var redoStacks: [String: [UndoEntry]] = [:]
    /// Events of types this version does not know.
    public private(set) var unknownEvents = 0

    public init() {}

    public init(replaying events: [JournalEvent]) {
        for event in events { apply(event) }
    }

    public mutating func apply(_ event: JournalEvent) {
        guard events[event.seq] == nil else { return }  // already applied (read twice)
        events[event.seq] = event
        switch event.action {
        case .verdict(let item, _, _, _):
            verdictEvents[item, default: []].append(event.seq)
            pushUndoable(event)
        case .eventSet(let item, _), .eventDelete(let item, _):
            editEvents[item, default: []].append(event.seq)
            pushUndoable(event)
        case .undo(let target):
            guard events[target] != nil, !undone.contains(target) else { return }
            undone.insert(target)
            undoStacks[event.reviewer]?.removeAll { $0.seq == target }
            redoStacks[event.reviewer, default: []].append(UndoEntry(seq: target, time: event.time))
        case .redo(let target):
            guard undone.contains(target) else { return }
            undone.remove(target)
            redoStacks[event.reviewer]?.removeAll { $0.seq == target }
            undoStacks[event.reviewer, default: []].append(UndoEntry(seq: target, time: event.time))
        case .unknown:
            unknownEvents += 1
        }
    }

    private mutating func pushUndoable(_ event: JournalEvent) {
        undoStacks[event.reviewer, default: []].append(UndoEntry(seq: event.seq, time: event.time))
        redoStacks[event.reviewer] = []
    }

    // MARK: - Queries

    /// The item's current verdict: the latest one not undone, whoever gave it.
    public func verdict(for item: String) -> VerdictRecord? {
        guard let seqs = verdictEvents[item] else { return nil }
        for seq in seqs.reversed() where !undone.contains(seq) {
            if let record = record(seq) { return record }
        }
        return nil
    }

    /// The latest standing verdict of each reviewer on the item.
    public func verdictsByReviewer(for item: String) -> [String: VerdictRecord] {
        var result: [String: VerdictRecord] = [:]
        for seq in verdictEvents[item] ?? [] where !undone.contains(seq) {
            if let record = record(seq) { result[record.reviewer] = record }
        }
        return result
    }

    /// Every event about the item, oldest first, with undo/redo of them.
    public func history(for item: String) -> [JournalEvent] {
        let own = Set((verdictEvents[item] ?? []) + (editEvents[item] ?? []))
        return events.values.filter { event in
            switch event.action {
            case .undo(let t), .redo(let t): return own.contains(t)
            default: return event.action.item == item
            }
        }.sorted { $0.seq < $1.seq }
    }

    /// What `u` would undo for this reviewer, and what `U` would redo.
    public func nextUndo(for reviewer: String) -> UndoEntry? { undoStacks[reviewer]?.last }
    public func nextRedo(for reviewer: String) -> UndoEntry? { redoStacks[reviewer]?.last }

    /// True when the item's labels were edited (and the edit not undone).
    public func hasEdits(_ item: String) -> Bool {
        (editEvents[item] ?? []).contains { !undone.contains($0) }
    }

    /// The item as edited: source labels with the standing edits applied. A moved or placed
    /// event is verified (a person put it there); a deleted one is gone.
    public func edited(_ item: ReviewItem) -> ReviewItem {
        guard let seqs = editEvents[item.localID], hasEdits(item.localID) else { return item }
        var latest: [SignalEventType: JournalAction] = [:]
        for seq in seqs where !undone.contains(seq) {
            switch events[seq]?.action {
            case .eventSet(_, let e)?: latest[e.type] = .eventSet(item: item.localID, event: e)
            case .eventDelete(_, let type)?: latest[type] = .eventDelete(item: item.localID, type: type)
            default: break
            }
        }
        var copy = item
        for (type, action) in latest { copy.labels = LabelEdit.apply(action, type: type, to: copy.labels) }
        return copy
    }

    private func record(_ seq: Int) -> VerdictRecord? {
        guard let event = events[seq], case .verdict(_, let verdict, let note, let reason) = event.action else { return nil }
        return VerdictRecord(verdict: verdict, reviewer: event.reviewer, time: event.time, seq: seq, note: note, reason: reason)
    }

    /// The item an event (or the event an undo/redo targets) is about.
    public func item(of seq: Int) -> String? {
        guard let event = events[seq] else { return nil }
        switch event.action {
        case .undo(let t), .redo(let t): return item(of: t)
        default: return event.action.item
        }
    }
}
