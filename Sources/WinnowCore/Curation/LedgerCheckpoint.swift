import Foundation

/// A replayed file journal's events saved beside it (`ledger.bin`), so the next open reads only
/// the lines appended since instead of replaying a million. It holds while the journal is the
/// same file (its inode) and its first 64 KB, 15 samples across it and the 64 KB before the saved
/// position hash as they did: the journal is only ever appended to. The checkpoint ends in a
/// CRC-32 of itself. Anything else (a cut, damaged or foreign file) and the journal is replayed
/// from the start, as without one. Saved after a replay of at least `minimumBytes`, on another
/// core once the open is done (`BackgroundWrites`), through `StateFile` (never a link).
enum LedgerCheckpoint {
    static let fileName = "ledger.bin"
    static let minimumBytes = 4 << 20
    private static let format = "winnow ledger checkpoint 1"
    private static let hashedBytes = 65_536

    /// The ledger the journal's checkpoint saved, with the journal moved on to where it was saved.
    static func restore(_ journal: VerdictJournal) -> CurationLedger? {
        let url = file(of: journal)
        guard journal.lastSeq == 0, !SystemCalls.isSymbolicLink(url.path), let mapped = MappedFile(url) else { return nil }
        return withExtendedLifetime(mapped) { () -> CurationLedger? in
            let whole = mapped.bytes
            guard let sum = BinaryReader.trailingFixed32(whole) else { return nil }
            let body = UnsafeBufferPointer(rebasing: whole.dropLast(4))
            guard CRC32.checksum(UnsafeRawBufferPointer(body)) == sum else { return nil }
            var input = BinaryReader(body)
            guard input.string() == format, let fingerprint = input.string(), let position = readPosition(&input),
                  position.lineNumber <= position.offset, fingerprint == Self.fingerprint(journal, upTo: position.offset),
                  let events = events(&input), input.isAtEnd, position.lastSeq == events.records.last?.seq ?? 0,
                  journal.resume(at: position)
            else { return nil }
            return CurationLedger(restoring: events)
        }
    }

    /// Saves `ledger` as replayed from `journal` up to where it has read, unless a batch or torn line is open there.
    static func save(_ ledger: CurationLedger, journal: VerdictJournal) {
        guard ledger.events.appliedInOrder, let position = journal.readPosition,
              let fingerprint = fingerprint(journal, upTo: position.offset) else { return }
        let url = file(of: journal)
        let events = ledger.events
        BackgroundWrites.afterOpen {
            var out = BinaryWriter()
            out.string(format)
            out.string(fingerprint)
            write(position, &out)
            write(events, &out)
            let sum = out.bytes.withUnsafeBytes(CRC32.checksum)
            withUnsafeBytes(of: sum.littleEndian) { $0.forEach { out.byte($0) } }
            StateFile.replace(url, with: out.bytes)
        }
    }

    private static func file(of journal: VerdictJournal) -> URL {
        journal.url.deletingLastPathComponent().appendingPathComponent(fileName)
    }

    /// The journal's path (its problems name it), inode and a hash of the first bytes, samples
    /// across the rest and the bytes just before `offset`; nil when the journal is shorter than that.
    private static func fingerprint(_ journal: VerdictJournal, upTo offset: Int) -> String? {
        let samples = (1..<16).map { offset / 16 * $0 }.map { $0..<min(offset, $0 + 4_096) }
        let ranges = [0..<min(offset, hashedBytes)] + samples + [max(0, offset - hashedBytes)..<offset]
        var hashed: [UInt8] = []
        for range in ranges {
            let bytes = journal.bytes(in: range)
            guard bytes.count == range.count else { return nil }
            hashed += bytes
        }
        guard let inode = journal.inode else { return nil }
        return "\(journal.url.path) \(inode) \(offset) \(SHA256.hex(of: hashed))"
    }

    private static func write(_ position: VerdictJournal.ReadPosition, _ out: inout BinaryWriter) {
        out.count(position.offset)
        out.count(position.lineNumber)
        out.int(position.lastSeq)
        out.byte(position.firstLineIsWinnows.map { $0 ? 2 : 1 } ?? 0)
        IndexItemCoding.issues(position.problems, &out)
    }

    private static func readPosition(_ input: inout BinaryReader) -> VerdictJournal.ReadPosition? {
        guard let offset = input.varint().flatMap({ Int(exactly: $0) }), let lineNumber = input.varint().flatMap({ Int(exactly: $0) }),
              let lastSeq = input.int(), let firstLine = input.byte(), firstLine <= 2, let problems = IndexItemCoding.issues(&input)
        else { return nil }
        return VerdictJournal.ReadPosition(offset: offset, lineNumber: lineNumber, lastSeq: lastSeq,
                                           firstLineIsWinnows: firstLine == 0 ? nil : firstLine == 2, problems: problems)
    }

    /// Names, other times, actions as journal lines (the journal's own spelling, read back by its
    /// parser), then a record's fields each.
    private static func write(_ events: LedgerEvents, _ out: inout BinaryWriter) {
        for table in [events.items.names, events.reviewers.names, events.otherTimes] {
            out.count(table.count)
            table.forEach { out.string($0) }
        }
        out.count(events.details.count)
        for action in events.details { out.string(JournalEvent(seq: 1, time: "-", reviewer: "-", action: action).line()) }
        out.count(events.records.count)
        for record in events.records {
            out.int(record.seq)
            out.fixed64(record.time.bits)
            out.int(Int(record.reviewer))
            out.int(Int(record.item))
            out.int(Int(record.verdict))
            out.int(Int(record.detail))
        }
    }

    private static func events(_ input: inout BinaryReader) -> LedgerEvents? {
        guard let items = table(&input), let reviewers = table(&input), let otherTimes = input.strings(),
              let detailCount = input.count() else { return nil }
        var details: [JournalAction] = []
        details.reserveCapacity(detailCount)
        for _ in 0..<detailCount {
            guard let line = input.utf8(), case .success(let event) = JournalEvent.parse(line: ArraySlice(line)) else { return nil }
            details.append(event.action)
        }
        guard let recordCount = input.count() else { return nil }
        var records: [LedgerRecord] = []
        records.reserveCapacity(min(recordCount, input.bytes.count / 12))  // 12 bytes a record at least
        for _ in 0..<recordCount {
            guard let seq = input.int(), let time = input.fixed64(), let reviewer = input.int().flatMap(Int32.init(exactly:)),
                  let item = input.int().flatMap(Int32.init(exactly:)), let verdict = input.int().flatMap(Int8.init(exactly:)),
                  let detail = input.int().flatMap(Int32.init(exactly:)) else { return nil }
            records.append(LedgerRecord(seq: seq, time: EventTime(bits: time), reviewer: reviewer, item: item, verdict: verdict, detail: detail))
        }
        return LedgerEvents(records: records, items: items, reviewers: reviewers, details: details, otherTimes: otherTimes)
    }

    /// A name table saved as its names in number order; nil when one repeats.
    private static func table(_ input: inout BinaryReader) -> NameTable? {
        guard let names = input.strings() else { return nil }
        var table = NameTable()
        table.reserveCapacity(names.count)
        for (number, name) in names.enumerated() where table.number(adding: name) != number { return nil }
        return table
    }
}
