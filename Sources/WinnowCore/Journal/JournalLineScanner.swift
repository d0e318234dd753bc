/// The fast path of journal replay: reads the lines Winnow itself writes (fixed key order, no
/// escapes) straight from the bytes, without building a JSON tree. Anything else — an escaped
/// note, another event type, a bad checksum, a hand-edited line — gives nil, and the caller
/// falls back to `JournalEvent.parse`, which decides and explains. So this never accepts a line
/// the full parser would reject, nor reads one differently (JournalLineScannerTests hold it to that).
struct JournalLineScanner {
    /// Reviewer names repeat on every line: one String each, shared by their events.
    private var reviewers = NameTable()

    /// The line as an event, for readers that want events (a ledger replays from `scan` directly).
    mutating func event(from line: UnsafeBufferPointer<UInt8>) -> JournalEvent? {
        guard let scanned = Self.scan(line), let time = ByteCursor.text(scanned.time),
              let reviewer = reviewers.number(of: scanned.reviewer, orAdd: { ByteCursor.text(scanned.reviewer) })
        else { return nil }
        let action: JournalAction
        switch scanned.action {
        case .verdict(let itemBytes, let verdict, let note, let reason):
            guard let item = ByteCursor.text(itemBytes) else { return nil }
            action = .verdict(item: item, verdict: verdict, note: note, reason: reason)
        case .undo(let target):
            action = .undo(target: target)
        case .redo(let target):
            action = .redo(target: target)
        }
        return JournalEvent(seq: scanned.seq, time: time, reviewer: reviewers.names[reviewer], action: action)
    }

    /// Reads and checksums the line; nil unless it is exactly in the form Winnow writes.
    static func scan(_ line: UnsafeBufferPointer<UInt8>) -> ScannedLine? {
        var cursor = ByteCursor(line)
        guard let head = leadingFields(&cursor), let action = action(type: head.type, &cursor) else { return nil }
        let payloadEnd = cursor.position
        guard cursor.skip(#","crc":""#), let crc = cursor.lowercaseHex32(), cursor.skip("\"}"), cursor.atEnd,
              crc == CRC32.checksum(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: line[..<payloadEnd])))
        else { return nil }
        return ScannedLine(seq: head.seq, time: head.time, reviewer: head.reviewer, action: action)
    }

    /// The item of a verdict line as Winnow writes them, read no further (nothing is checked).
    static func verdictItem(_ line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8>? {
        var cursor = ByteCursor(line)
        guard let head = leadingFields(&cursor), ByteCursor.equal(head.type, "verdict"), cursor.skip(#","item":""#) else { return nil }
        return cursor.stringBytes()
    }

    /// The fields every line Winnow writes begins with, the cursor left after the type.
    private static func leadingFields(_ cursor: inout ByteCursor)
        -> (seq: Int, time: UnsafeBufferPointer<UInt8>, reviewer: UnsafeBufferPointer<UInt8>, type: UnsafeBufferPointer<UInt8>)? {
        guard cursor.skip(#"{"v":1,"seq":"#), let seq = cursor.integer(),
              cursor.skip(#","time":""#), let time = cursor.stringBytes(),
              cursor.skip(#"","reviewer":""#), let reviewer = cursor.stringBytes(),
              cursor.skip(#"","type":""#), let type = cursor.stringBytes(), cursor.skip("\"")
        else { return nil }
        return (seq, time, reviewer, type)
    }

    private static func action(type: UnsafeBufferPointer<UInt8>, _ cursor: inout ByteCursor) -> ScannedAction? {
        if ByteCursor.equal(type, "verdict") {
            guard cursor.skip(#","item":""#), let item = cursor.stringBytes(),
                  cursor.skip(#"","verdict":""#), let word = cursor.stringBytes(), cursor.skip("\""),
                  let verdict = verdict(word)
            else { return nil }
            var note: String?
            var reason: String?
            if cursor.skip(#","note":""#) {
                guard let text = cursor.string(), cursor.skip("\"") else { return nil }
                note = text
            }
            if cursor.skip(#","reason":""#) {
                guard let text = cursor.string(), cursor.skip("\"") else { return nil }
                reason = text
            }
            return .verdict(item: item, verdict: verdict, note: note, reason: reason)
        }
        let isUndo = ByteCursor.equal(type, "undo")
        guard isUndo || ByteCursor.equal(type, "redo"), cursor.skip(#","target":"#), let target = cursor.integer() else {
            return nil
        }
        return isUndo ? .undo(target: target) : .redo(target: target)
    }

    private static func verdict(_ word: UnsafeBufferPointer<UInt8>) -> Verdict? {
        if ByteCursor.equal(word, "good") { return .good }
        if ByteCursor.equal(word, "bad") { return .bad }
        if ByteCursor.equal(word, "skip") { return .skip }
        return nil
    }
}
