import Foundation

/// The events a ledger has applied, in sequence order, stored compactly (`LedgerRecord`): a
/// million events take ~32 MB and no per-event allocation, and replay is one table lookup per
/// event. Reads like the dictionary it replaced: `events[seq]`, `values` (each event rebuilt).
public struct LedgerEvents: Sendable {
    private(set) var records: [LedgerRecord] = []
    private(set) var items = NameTable()
    private(set) var reviewers = NameTable()
    /// Actions too rich for a record: verdicts with a note or reason, edits, undo/redo, unknown types.
    private(set) var details: [JournalAction] = []
    /// Times not in the journal's canonical form.
    private(set) var otherTimes: [String] = []
    /// False once an event came in below the newest one (a hand-merged journal): the records' order
    /// is then not the order they were applied in, which a checkpoint relies on.
    private(set) var appliedInOrder = true

    public init() {}

    /// Events a `LedgerCheckpoint` saved; nil unless every record is one `add` could have made:
    /// sequence numbers climbing within the journal's range, names inside their tables, and a
    /// detailed event filed under the item its action names.
    init?(records: [LedgerRecord], items: NameTable, reviewers: NameTable, details: [JournalAction], otherTimes: [String]) {
        var previous = -Self.seqLimit
        for record in records {
            guard record.seq > previous, record.seq < Self.seqLimit, record.reviewer >= 0, Int(record.reviewer) < reviewers.count,
                  record.item >= -1, Int(record.item) < items.count, record.verdict >= -1, record.verdict < Int8(Verdict.allCases.count),
                  record.time.otherIndex.map({ $0 < otherTimes.count }) ?? true
            else { return nil }
            if record.verdict >= 0 {
                guard record.detail == -1, record.item >= 0 else { return nil }
            } else {
                guard record.detail >= 0, Int(record.detail) < details.count,
                      details[Int(record.detail)].item == (record.item >= 0 ? items.names[Int(record.item)] : nil) else { return nil }
            }
            previous = record.seq
        }
        (self.records, self.items, self.reviewers, self.details, self.otherTimes) = (records, items, reviewers, details, otherTimes)
    }

    /// Sequence numbers as a journal line can give them (18 digits at most).
    private static let seqLimit = 1_000_000_000_000_000_000

    public var count: Int { records.count }
    public var isEmpty: Bool { records.isEmpty }
    public var last: JournalEvent? { records.last.map(event) }

    /// Every event, oldest (lowest sequence number) first.
    public var values: [JournalEvent] { records.map(event) }

    public subscript(seq: Int) -> JournalEvent? {
        position(of: seq).map { event(records[$0]) }
    }

    public func contains(_ seq: Int) -> Bool { position(of: seq) != nil }

    mutating func reserveCapacity(_ n: Int) {
        records.reserveCapacity(records.count + n)
    }

    // MARK: - Adding

    /// What a ledger needs to know of an event it just stored.
    typealias Added = (item: Int, reviewer: Int, time: EventTime)

    /// Stores the event; nil when its sequence number is already here. The item is -1 when the
    /// action names no item.
    mutating func add(_ event: JournalEvent) -> Added? {
        guard !isDuplicate(event.seq) else { return nil }
        let item = event.action.item.map { Int32(items.number(adding: $0)) } ?? -1
        var record = LedgerRecord(seq: event.seq, time: time(event.time), reviewer: Int32(reviewers.number(adding: event.reviewer)),
                                  item: item, verdict: -1, detail: -1)
        if case .verdict(_, let verdict, nil, nil) = event.action {
            record.verdict = Int8(Verdict.allCases.firstIndex(of: verdict)!)
        } else {
            record.detail = Int32(details.count)
            details.append(event.action)
        }
        insert(record)
        return (Int(item), Int(record.reviewer), record.time)
    }

    /// The replay fast path: a verdict straight from the bytes of a journal line. nil, with
    /// nothing stored, when a name or the time is not valid UTF-8 (the caller then parses the line
    /// in full, which reports it) — or when the sequence number is already here (`isDuplicate` first).
    mutating func addVerdict(seq: Int, time: UnsafeBufferPointer<UInt8>, reviewer: UnsafeBufferPointer<UInt8>,
                             item: UnsafeBufferPointer<UInt8>, verdict: Verdict, note: String?, reason: String?) -> Added? {
        guard let reviewerNumber = reviewers.number(of: reviewer, orAdd: { ByteCursor.text(reviewer) }),
              let itemNumber = items.number(of: item, orAdd: { ByteCursor.text(item) })
        else { return nil }
        let packed: EventTime
        if let canonical = EventTime(time) {
            packed = canonical
        } else if let text = ByteCursor.text(time) {
            packed = EventTime(otherIndex: otherTimes.count)
            otherTimes.append(text)
        } else {
            return nil
        }
        var record = LedgerRecord(seq: seq, time: packed, reviewer: Int32(reviewerNumber), item: Int32(itemNumber),
                                  verdict: Int8(Verdict.allCases.firstIndex(of: verdict)!), detail: -1)
        if note != nil || reason != nil {
            record.verdict = -1
            record.detail = Int32(details.count)
            details.append(.verdict(item: items.names[itemNumber], verdict: verdict, note: note, reason: reason))
        }
        insert(record)
        return (itemNumber, reviewerNumber, packed)
    }

    /// Fetches the table slots of the items named by these verdict lines (`"item":"..."`) all at
    /// once: a 1M-event replay otherwise waited on memory for each item's slot, a sixth of its time.
    mutating func expectItems(in lines: UnsafeBufferPointer<UInt8>) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 64) { hashes in
            var count = 0
            var start = 0
            while count < hashes.count, let item = Self.itemBytes(in: lines, from: &start) {
                hashes[count] = NameTable.hash(item)
                count += 1
            }
            items.warm(UnsafeBufferPointer(rebasing: hashes[..<count]))
        }
    }

    /// The item of the next verdict line from `start`, as Winnow writes them; `start` moves past that line.
    private static func itemBytes(in lines: UnsafeBufferPointer<UInt8>, from start: inout Int) -> UnsafeBufferPointer<UInt8>? {
        while start < lines.count, let base = lines.baseAddress {
            guard let newline = memchr(base + start, 0x0A, lines.count - start) else { return nil }
            let end = base.distance(to: newline.assumingMemoryBound(to: UInt8.self))
            defer { start = end + 1 }
            if let item = JournalLineScanner.verdictItem(UnsafeBufferPointer(rebasing: lines[start..<end])) { return item }
        }
        return nil
    }

    /// An item's number, for events that name several items (a batch, an audit sample).
    mutating func itemNumber(adding name: String) -> Int { items.number(adding: name) }

    func isDuplicate(_ seq: Int) -> Bool {
        guard let last = records.last, seq <= last.seq else { return false }
        return contains(seq)
    }

    private mutating func insert(_ record: LedgerRecord) {
        if let last = records.last, record.seq < last.seq {
            appliedInOrder = false
            records.insert(record, at: insertionPoint(of: record.seq))  // out of order: only from a hand-merged journal
        } else {
            records.append(record)
        }
    }

    private mutating func time(_ text: String) -> EventTime {
        var copy = text
        if let canonical = copy.withUTF8({ EventTime($0) }) { return canonical }
        otherTimes.append(text)
        return EventTime(otherIndex: otherTimes.count - 1)
    }

    // MARK: - Reading

    /// The verdict event `seq` as it stands in a ledger, without rebuilding the whole event.
    func verdictRecord(_ seq: Int) -> VerdictRecord? {
        guard let at = position(of: seq) else { return nil }
        let record = records[at]
        let verdict: Verdict
        var note: String?
        var reason: String?
        if record.verdict >= 0 {
            verdict = Verdict.allCases[Int(record.verdict)]
        } else if case .verdict(_, let v, let n, let r) = details[Int(record.detail)] {
            (verdict, note, reason) = (v, n, r)
        } else if case .batchVerdict(_, let v, let n) = details[Int(record.detail)] {
            (verdict, note) = (v, n)
        } else {
            return nil
        }
        return VerdictRecord(verdict: verdict, reviewer: reviewers.names[Int(record.reviewer)], time: timeText(record.time),
                             seq: seq, note: note, reason: reason)
    }

    /// A verdict event's reviewer (by number) and verdict, without building its record.
    func reviewerAndVerdict(_ seq: Int) -> (reviewer: Int32, verdict: Verdict)? {
        guard let at = position(of: seq) else { return nil }
        let record = records[at]
        if record.verdict >= 0 { return (record.reviewer, Verdict.allCases[Int(record.verdict)]) }
        switch details[Int(record.detail)] {
        case .verdict(_, let verdict, _, _), .batchVerdict(_, let verdict, _): return (record.reviewer, verdict)
        default: return nil
        }
    }

    func time(of seq: Int) -> EventTime? { position(of: seq).map { records[$0].time } }

    func timeText(_ time: EventTime) -> String {
        time.otherIndex.map { otherTimes[$0] } ?? time.text ?? ""
    }

    private func event(_ record: LedgerRecord) -> JournalEvent {
        let action: JournalAction
        if record.verdict >= 0 {
            action = .verdict(item: items.names[Int(record.item)], verdict: Verdict.allCases[Int(record.verdict)], note: nil, reason: nil)
        } else {
            action = details[Int(record.detail)]
        }
        return JournalEvent(seq: record.seq, time: timeText(record.time), reviewer: reviewers.names[Int(record.reviewer)], action: action)
    }

    private func position(of seq: Int) -> Int? {
        guard let first = records.first else { return nil }
        let guess = seq - first.seq
        if guess >= 0, guess < records.count, records[guess].seq == seq { return guess }
        let at = insertionPoint(of: seq)
        return at < records.count && records[at].seq == seq ? at : nil
    }

    /// The first position whose sequence number is not below `seq`.
    private func insertionPoint(of seq: Int) -> Int {
        var low = 0
        var high = records.count
        while low < high {
            let mid = (low + high) / 2
            if records[mid].seq < seq { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
