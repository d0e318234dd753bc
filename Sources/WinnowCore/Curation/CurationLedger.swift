/// The curation state of one dataset: its journal replayed. A pure value: the UI keeps one and
/// applies each event the journal confirms, the commands build one from the whole journal.
/// Replay is on the path of opening a dataset (1M events in well under a second), so events are
/// stored compactly (`LedgerEvents`), per-item and per-reviewer state is kept by number, and a
/// plain verdict line goes from its bytes to the ledger without becoming a `JournalEvent`
/// (`CurationLedger+Replay`).
public struct CurationLedger: Sendable {
    /// Every event applied, by sequence number (the history `show` prints).
    public private(set) var events = LedgerEvents()
    /// Events that an undo has taken back (and no redo has restored).
    public private(set) var undone: Set<Int> = []
    /// Who undid each undone event (a reviewer's number in `events.reviewers`).
    private var undoneBy: [Int: Int] = [:]
    /// Verdict events per item.
    private var verdictEvents = ItemEventIndex()
    /// Label edits (signal events placed, moved, deleted) per item.
    private var editEvents = ItemEventIndex()
    /// `note` and `flag` events per item, and the audit samples that drew it.
    private var noteEvents = ItemEventIndex()
    private var flagEvents = ItemEventIndex()
    private var sampleEvents = ItemEventIndex()
    /// The latest audit sample of each tier.
    private var latestSample: [String: Int] = [:]
    /// Undo and redo events by the event they target, for an item's history.
    private var undoRedoEvents: [Int: [Int]] = [:]
    /// Per reviewer number: what `u` would undo (newest last), and what `U` would redo.
    private var undoStacks: [[(seq: Int, time: EventTime)]] = []
    private var redoStacks: [[(seq: Int, time: EventTime)]] = []
    /// Events of types this version does not know.
    public private(set) var unknownEvents = 0
    /// Items (local ids) a `forget` event took out of every later export.
    public private(set) var forgotten: Set<String> = []
    /// Replayed from a file journal at such length that the next open should start from a checkpoint.
    var checkpointDue = false

    public init() {}

    public init(replaying events: [JournalEvent]) {
        reserveCapacity(events: events.count)
        for event in events { apply(event) }
    }

    /// Room for about `n` more events, before a long replay.
    public mutating func reserveCapacity(events n: Int) {
        events.reserveCapacity(n)
        verdictEvents.reserveCapacity(events: n)
    }

    /// See `LedgerEvents.expectItems`.
    mutating func expectItems(in lines: UnsafeBufferPointer<UInt8>) { events.expectItems(in: lines) }

    public mutating func apply(_ event: JournalEvent) {
        guard let added = events.add(event) else { return }  // already applied (read twice)
        index(event.action, seq: event.seq, added)
    }

    /// A ledger whose events a `LedgerCheckpoint` saved: the rest is worked out from them again,
    /// in the order they were applied (`LedgerEvents.appliedInOrder`).
    init(restoring saved: LedgerEvents) {
        events = saved
        verdictEvents.reserveCapacity(events: saved.count)
        for record in saved.records {
            let added = (item: Int(record.item), reviewer: Int(record.reviewer), time: record.time)
            if record.verdict >= 0 {  // `index`'s verdict case, without making the action for each of a million
                verdictEvents.append(record.seq, item: added.item)
                pushUndoable(record.seq, reviewer: added.reviewer, time: added.time)
            } else {
                index(saved.details[Int(record.detail)], seq: record.seq, added)
            }
        }
    }

    /// Files an event just stored under its items, and on its reviewer's undo and redo stacks.
    private mutating func index(_ action: JournalAction, seq: Int, _ added: LedgerEvents.Added) {
        switch action {
        case .verdict:
            verdictEvents.append(seq, item: added.item)
            pushUndoable(seq, reviewer: added.reviewer, time: added.time)
        case .batchVerdict(let items, _, _):
            // Filed under each item, so an item's verdict is found without scanning batches.
            for item in items { verdictEvents.append(seq, item: events.itemNumber(adding: item)) }
            pushUndoable(seq, reviewer: added.reviewer, time: added.time)
        case .eventSet, .eventDelete, .boxSet, .boxDelete, .boxDecision, .boxAdopt, .correction, .textLabelSet, .textLabelDelete:
            editEvents.append(seq, item: added.item)
            pushUndoable(seq, reviewer: added.reviewer, time: added.time)
        case .note:
            noteEvents.append(seq, item: added.item)
            pushUndoable(seq, reviewer: added.reviewer, time: added.time)
        case .flag:
            flagEvents.append(seq, item: added.item)
            pushUndoable(seq, reviewer: added.reviewer, time: added.time)
        case .forget(let items):
            forgotten.formUnion(items)
        case .auditSample(let tier, _, let items):
            latestSample[tier] = seq
            for item in items { sampleEvents.append(seq, item: events.itemNumber(adding: item)) }
        case .undo(let target):
            undoRedoEvents[target, default: []].append(seq)
            // Applied in order, only an earlier event can be undone (a restore holds later ones too).
            guard target < seq || !events.appliedInOrder, events[target]?.action.isUndoable == true, !undone.contains(target) else { return }
            undone.insert(target)
            undoneBy[target] = added.reviewer
            growStacks(to: added.reviewer)
            Self.remove(target, from: &undoStacks[added.reviewer])
            redoStacks[added.reviewer].append((target, added.time))
        case .redo(let target):
            undoRedoEvents[target, default: []].append(seq)
            guard undone.contains(target) else { return }
            undone.remove(target)
            let undoer = undoneBy.removeValue(forKey: target)
            growStacks(to: added.reviewer)
            redoStacks[added.reviewer].removeAll { $0.seq == target }
            // Undone by someone else, the target may still be on this reviewer's stack: keep it there once.
            if undoer != added.reviewer { Self.remove(target, from: &undoStacks[added.reviewer]) }
            undoStacks[added.reviewer].append((target, added.time))
        case .unknown:
            unknownEvents += 1
        }
    }

    /// The replay fast path (see `CurationLedger+Replay`): a plain verdict line, from its bytes.
    /// Returns its sequence number, or nil when the line must go through the full parser.
    mutating func apply(_ line: ScannedLine) -> Int? {
        if events.isDuplicate(line.seq) { return line.seq }
        guard case .verdict(let item, let verdict, let note, let reason) = line.action,
              let added = events.addVerdict(seq: line.seq, time: line.time, reviewer: line.reviewer, item: item,
                                            verdict: verdict, note: note, reason: reason)
        else { return nil }
        verdictEvents.append(line.seq, item: added.item)
        pushUndoable(line.seq, reviewer: added.reviewer, time: added.time)
        return line.seq
    }

    private mutating func pushUndoable(_ seq: Int, reviewer: Int, time: EventTime) {
        growStacks(to: reviewer)
        undoStacks[reviewer].append((seq, time))
        if !redoStacks[reviewer].isEmpty { redoStacks[reviewer] = [] }
    }

    private mutating func growStacks(to reviewer: Int) {
        while undoStacks.count <= reviewer {
            undoStacks.append([])
            redoStacks.append([])
        }
    }

    /// Removes `seq` from an undo stack, searching from the top, where an undo target usually is.
    /// A stack holds each event at most once.
    private static func remove(_ seq: Int, from stack: inout [(seq: Int, time: EventTime)]) {
        guard let index = stack.lastIndex(where: { $0.seq == seq }) else { return }
        stack.remove(at: index)
    }

    // MARK: - Queries

    /// `verdict(for:)`'s verdict alone, without building its record (asked of every item on open).
    public func standingVerdict(for item: String) -> Verdict? {
        newestStanding(of: item) { events.reviewerAndVerdict($0)?.verdict }
    }

    /// The item's current verdict: the latest one not undone, whoever gave it.
    public func verdict(for item: String) -> VerdictRecord? {
        newestStanding(of: item) { events.verdictRecord($0) }
    }

    /// `read` of the item's newest verdict event not undone.
    private func newestStanding<Value>(of item: String, _ read: (Int) -> Value?) -> Value? {
        guard let number = events.items.number(of: item) else { return nil }
        var result: Value?
        verdictEvents.forEachNewestFirst(number) { seq in
            guard !undone.contains(seq), let value = read(seq) else { return true }
            result = value
            return false
        }
        return result
    }

    /// The latest standing verdict of each reviewer on the item.
    public func verdictsByReviewer(for item: String) -> [String: VerdictRecord] {
        guard let number = events.items.number(of: item) else { return [:] }
        var result: [String: VerdictRecord] = [:]
        verdictEvents.forEachNewestFirst(number) { seq in
            if !undone.contains(seq), let record = events.verdictRecord(seq), result[record.reviewer] == nil {
                result[record.reviewer] = record
            }
            return true
        }
        return result
    }

    /// `verdictsByReviewer` without the records' times and notes, newest first (the summary
    /// asks it of every item).
    public func latestVerdicts(for item: String) -> [(reviewer: String, verdict: Verdict)] {
        guard let number = events.items.number(of: item) else { return [] }
        var latest: [(reviewer: Int32, verdict: Verdict)] = []
        verdictEvents.forEachNewestFirst(number) { seq in
            if !undone.contains(seq), let given = events.reviewerAndVerdict(seq), !latest.contains(where: { $0.reviewer == given.reviewer }) {
                latest.append(given)
            }
            return true
        }
        return latest.map { (events.reviewers.names[Int($0.reviewer)], $0.verdict) }
    }

    /// Every event about the item (batches and samples that include it too), oldest first,
    /// with undo/redo of them.
    public func history(for item: String) -> [JournalEvent] {
        guard let number = events.items.number(of: item) else { return [] }
        let own = [verdictEvents, editEvents, noteEvents, flagEvents, sampleEvents].flatMap { $0.seqs(of: number) }
        let related = own.flatMap { undoRedoEvents[$0] ?? [] }
        return Set(own + related).sorted().compactMap { events[$0] }
    }

    /// The item's standing remarks, oldest first: `note` events and notes given with its verdicts
    /// (a later verdict does not take back what was said; an undo does).
    public func notes(for item: String) -> [ItemNote] {
        guard let number = events.items.number(of: item), noteEvents.contains(number) || verdictEvents.contains(number) else {
            return []  // most items: no allocation (filters ask for every item)
        }
        let seqs = (noteEvents.seqs(of: number) + verdictEvents.seqs(of: number)).sorted()
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
        guard let number = events.items.number(of: item), flagEvents.contains(number) else { return false }
        var flagged = false
        flagEvents.forEachNewestFirst(number) { seq in
            guard !undone.contains(seq), case .flag(_, let on)? = events[seq]?.action else { return true }
            flagged = on
            return false
        }
        return flagged
    }

    /// The latest audit sample drawn from the tier, if any.
    public func auditSample(tier: String) -> AuditSampleRecord? {
        guard let seq = latestSample[tier], let event = events[seq],
            case .auditSample(_, let seed, let items) = event.action
        else { return nil }
        return AuditSampleRecord(tier: tier, seed: seed, items: items, reviewer: event.reviewer, time: event.time, seq: seq)
    }

    /// What `u` would undo for this reviewer, and what `U` would redo.
    public func nextUndo(for reviewer: String) -> UndoEntry? { top(of: undoStacks, reviewer) }
    public func nextRedo(for reviewer: String) -> UndoEntry? { top(of: redoStacks, reviewer) }

    private func top(of stacks: [[(seq: Int, time: EventTime)]], _ reviewer: String) -> UndoEntry? {
        guard let number = events.reviewers.number(of: reviewer), number < stacks.count, let top = stacks[number].last else {
            return nil
        }
        return UndoEntry(seq: top.seq, time: events.timeText(top.time))
    }

    /// True when the item's labels were edited (and the edit not undone).
    public func hasEdits(_ item: String) -> Bool {
        guard let number = events.items.number(of: item) else { return false }
        var found = false
        editEvents.forEachNewestFirst(number) { seq in
            found = !undone.contains(seq)
            return !found
        }
        return found
    }

    /// The item as edited: source labels with the standing edits applied. A moved or placed
    /// event is verified (a person put it there); a deleted one is gone.
    /// Every item of a workspace with its own dataset's edits: each ledger is looked at once, and
    /// items of datasets without edits are not touched (a million of them is the common case).
    public static func edited(_ items: [ReviewItem], datasetOfItem: [Int], ledgers: [CurationLedger]) -> [ReviewItem] {
        var result = items
        for (dataset, ledger) in ledgers.enumerated() where !ledger.editEvents.isEmpty {
            for index in items.indices where datasetOfItem[index] == dataset {
                result[index] = ledger.edited(items[index])
            }
        }
        return result
    }

    public func edited(_ item: ReviewItem) -> ReviewItem {
        guard let number = events.items.number(of: item.localID), editEvents.contains(number), hasEdits(item.localID) else {
            return item
        }
        var copy = item
        for seq in editEvents.seqs(of: number) where !undone.contains(seq) {
            guard let action = events[seq]?.action else { continue }
            if case .correction(_, let field, let text, _) = action {
                copy.correct(field, to: text)
            } else {
                copy.labels = LabelEdit.apply(action, to: copy.labels)
            }
        }
        return copy
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
