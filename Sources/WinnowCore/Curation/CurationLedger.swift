/// The curation state of one dataset: its journal replayed. A pure value: the UI keeps one and
/// applies each event the journal confirms, the commands build one from the whole journal.
public struct CurationLedger: Sendable {
    /// Every event applied, by sequence number (the history `show` prints).
    public private(set) var events: [Int: JournalEvent] = [:]
    /// Events that an undo has taken back (and no redo has restored).
    public private(set) var undone: Set<Int> = []
    /// Verdict events per item, oldest first; a batch verdict is listed under each of its items,
    /// so an item's verdict is found without scanning batches.
    private var verdictEvents: [String: [Int]] = [:]
    /// Label edits (signal events placed, moved, deleted) per item, oldest first.
    private var editEvents: [String: [Int]] = [:]
    /// `note` events per item, oldest first.
    private var noteEvents: [String: [Int]] = [:]
    /// `flag` events per item, oldest first.
    private var flagEvents: [String: [Int]] = [:]
    /// Audit samples that drew the item, oldest first (for its history).
    private var sampleEvents: [String: [Int]] = [:]
    /// The latest audit sample of each tier.
    private var latestSample: [String: Int] = [:]
    /// Undo and redo events by the event they target (for histories).
    private var reversals: [Int: [Int]] = [:]
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
        index(event)
        if event.action.isUndoable { pushUndoable(event) }
        switch event.action {
        case .undo(let target):
            guard events[target]?.action.isUndoable == true, !undone.contains(target) else { return }
            undone.insert(target)
            reversals[target, default: []].append(event.seq)
            undoStacks[event.reviewer]?.removeAll { $0.seq == target }
            redoStacks[event.reviewer, default: []].append(UndoEntry(seq: target, time: event.time))
        case .redo(let target):
            guard undone.contains(target) else { return }
            undone.remove(target)
            reversals[target, default: []].append(event.seq)
            redoStacks[event.reviewer]?.removeAll { $0.seq == target }
            undoStacks[event.reviewer, default: []].append(UndoEntry(seq: target, time: event.time))
        case .unknown:
            unknownEvents += 1
        default:
            break
        }
    }

    /// Files the event under the item(s) it is about.
    private mutating func index(_ event: JournalEvent) {
        let seq = event.seq
        switch event.action {
        case .verdict(let item, _, _, _): verdictEvents[item, default: []].append(seq)
        case .batchVerdict(let items, _, _): for item in items { verdictEvents[item, default: []].append(seq) }
        case .note(let item, _): noteEvents[item, default: []].append(seq)
        case .flag(let item, _): flagEvents[item, default: []].append(seq)
        case .auditSample(let tier, _, let items):
            latestSample[tier] = seq
            for item in items { sampleEvents[item, default: []].append(seq) }
        case .eventSet(let item, _), .eventDelete(let item, _): editEvents[item, default: []].append(seq)
        case .undo, .redo, .unknown: break
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

    /// Every event about the item (batches and samples that include it too), oldest first,
    /// with undo/redo of them.
    public func history(for item: String) -> [JournalEvent] {
        let own = [verdictEvents, editEvents, noteEvents, flagEvents, sampleEvents].flatMap { $0[item] ?? [] }
        let seqs = Set(own + own.flatMap { reversals[$0] ?? [] })
        return seqs.sorted().compactMap { events[$0] }
    }

    /// The item's standing remarks, oldest first: `note` events and notes given with its verdicts
    /// (a later verdict does not take back what was said; an undo does).
    public func notes(for item: String) -> [ItemNote] {
        let own = noteEvents[item], verdicts = verdictEvents[item]
        if own == nil, verdicts == nil { return [] }  // most items: no allocation (filters ask for every item)
        let seqs = ((own ?? []) + (verdicts ?? [])).sorted()
        return seqs.compactMap { seq in
            guard !undone.contains(seq), let event = events[seq] else { return nil }
            switch event.action {
            case .note(_, let text), .verdict(_, _, let text?, _), .batchVerdict(_, _, let text?):
                return ItemNote(text: text, reviewer: event.reviewer, time: event.time, seq: seq)
            default:
                return nil
            }
        }
    }

    /// True when the item's latest standing flag event set the flag.
    public func isFlagged(_ item: String) -> Bool {
        for seq in (flagEvents[item] ?? []).reversed() where !undone.contains(seq) {
            if case .flag(_, let on)? = events[seq]?.action { return on }
        }
        return false
    }

    /// The latest audit sample drawn from the tier, if any.
    public func auditSample(tier: String) -> AuditSampleRecord? {
        guard let seq = latestSample[tier], let event = events[seq],
            case .auditSample(_, let seed, let items) = event.action
        else { return nil }
        return AuditSampleRecord(tier: tier, seed: seed, items: items, reviewer: event.reviewer, time: event.time, seq: seq)
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
        guard let event = events[seq] else { return nil }
        switch event.action {
        case .verdict(_, let verdict, let note, let reason):
            return VerdictRecord(verdict: verdict, reviewer: event.reviewer, time: event.time, seq: seq, note: note, reason: reason)
        case .batchVerdict(_, let verdict, let note):
            return VerdictRecord(verdict: verdict, reviewer: event.reviewer, time: event.time, seq: seq, note: note, reason: nil)
        default:
            return nil
        }
    }

    /// The item an event (or the event an undo/redo targets) is about.
    public func item(of seq: Int) -> String? {
        guard let event = events[seq] else { return nil }
        switch event.action {
        case .undo(let t), .redo(let t): return item(of: t)
        default: return event.action.item
        }
    }

    /// Every item an event (or the event an undo/redo targets) is about: many for a batch.
    public func items(of seq: Int) -> [String] {
        guard let event = events[seq] else { return [] }
        switch event.action {
        case .undo(let t), .redo(let t): return items(of: t)
        default: return event.action.items
        }
    }
}
