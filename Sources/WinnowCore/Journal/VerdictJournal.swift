import Foundation

/// The append-only journal of one dataset (`.winnow/journal.jsonl`). Appends take an exclusive
/// `flock`, first read whatever other processes appended, then write whole lines and fsync
/// them before returning: an event (or batch of events) this returns is on disk.
public final class VerdictJournal: JournalStore {
    public let url: URL
    private let fd: Int32
    /// False when only reading was allowed: an append then says so instead of failing on the descriptor.
    private let writable: Bool
    /// Bytes of the file already read and applied.
    private var readOffset: Int = 0
    private var lineNumber = 0
    public private(set) var lastSeq = 0
    /// Problems met while reading (`journal.jsonl:LINE: ...`), newest last.
    public private(set) var problems: [Issue] = []
    /// Makes what was written durable (fsync); a test puts its own here to see that it runs once
    /// per append, after the bytes are written, and what a failing one does.
    var syncFile: (Int32) -> Bool = SystemCalls.sync

    public static let fileName = "journal.jsonl"

    public var location: String { url.path }

    /// Opens the journal in `stateDirectory`, creating folder and file if needed.
    public convenience init(creatingIn stateDirectory: URL) throws(JournalError) {
        do {
            try FileManager.default.createDirectory(at: stateDirectory, withIntermediateDirectories: true)
        } catch {
            throw JournalError.cannotCreate(stateDirectory.path, Self.reason(EACCES))
        }
        let url = stateDirectory.appendingPathComponent(Self.fileName)
        if SystemCalls.isSymbolicLink(stateDirectory.path) { throw JournalError.linked(stateDirectory.path) }
        let fd = SystemCalls.open(url.path, O_RDWR | O_CREAT | O_APPEND | O_NOFOLLOW)
        if fd < 0, SystemCalls.lastError == ELOOP { throw JournalError.linked(url.path) }
        if fd < 0 { throw JournalError.cannotCreate(url.path, Self.reason(SystemCalls.lastError)) }
        self.init(url: url, fd: fd)
    }

    /// Opens an existing journal without creating anything; read-only when it cannot be written.
    public static func existing(in stateDirectory: URL) -> VerdictJournal? {
        let url = stateDirectory.appendingPathComponent(fileName)
        guard !SystemCalls.isSymbolicLink(stateDirectory.path) else { return nil }  // as if absent; writing one says why
        var fd = SystemCalls.open(url.path, O_RDWR | O_APPEND | O_NOFOLLOW)
        var writable = true
        if fd < 0, SystemCalls.lastError == EACCES || SystemCalls.lastError == EROFS {
            fd = SystemCalls.open(url.path, O_RDONLY | O_NOFOLLOW)
            writable = false
        }
        return fd < 0 ? nil : VerdictJournal(url: url, fd: fd, writable: writable)
    }

    private init(url: URL, fd: Int32, writable: Bool = true) {
        self.url = url
        self.fd = fd
        self.writable = writable
    }

    deinit { SystemCalls.close(fd) }

    /// Reads every new line into `reader` as it goes, so a long journal is replayed without
    /// first collecting its events. The journal's length is taken under a shared lock (so a
    /// writer's half-written line is never seen); the bytes before it are final in an
    /// append-only file, and are read and parsed after the lock is released.
    public func readNew<Reader: JournalReader>(into reader: inout Reader) {
        SystemCalls.lock(fd, LOCK_SH)
        let size = fileSize()
        SystemCalls.lock(fd, LOCK_UN)
        consume(upTo: size, into: &reader)
    }

    public func events(after seq: Int) -> [JournalEvent] {
        (VerdictJournal.existing(in: url.deletingLastPathComponent())?.readNew() ?? []).filter { $0.seq > seq }
    }

    /// Bytes not read yet: lets a caller size its storage before a long replay.
    public var unreadBytes: Int { max(0, fileSize() - readOffset) }

    /// Appends several events under one lock with one write and one fsync: when this returns,
    /// all of them are on disk; when it throws, none was acknowledged. Sequence numbers are
    /// consecutive, and no other writer's line lands between them.
    public func append(_ actions: [JournalAction], reviewer: String, time: String) throws(JournalError)
        -> (earlier: [JournalEvent], written: [JournalEvent])
    {
        guard writable else { throw JournalError.readOnly(url.path) }
        SystemCalls.lock(fd, LOCK_EX)
        defer { SystemCalls.lock(fd, LOCK_UN) }
        var collector = JournalEventCollector()
        consume(upTo: fileSize(), into: &collector)
        let earlier = collector.events
        if firstLineIsWinnows == false { throw JournalError.foreign(url.path) }
        let startsFresh = tornTailLength > 0  // start on a fresh line after a torn one
        var bytes: [UInt8] = startsFresh ? [0x0A] : []
        if actions.count > 1 || endsInCutBatch {
            bytes += JournalBatchHeader(count: actions.count, first: lastSeq + 1).line.utf8
            bytes.append(0x0A)
        }
        var written: [JournalEvent] = []
        written.reserveCapacity(actions.count)
        for (offset, action) in actions.enumerated() {
            let event = JournalEvent(seq: lastSeq + 1 + offset, time: time, reviewer: reviewer, action: action)
            bytes.append(contentsOf: event.line().utf8)
            bytes.append(0x0A)
            written.append(event)
        }
        guard !written.isEmpty else { return (earlier, []) }
        // All or nothing: a write or sync that fails (a full disk, a size limit) is cut back to
        // where it started, so no part of an unacknowledged batch stays for the next reader.
        let start = fileSize()
        do throws(JournalError) {
            try writeAll(bytes)
            guard syncFile(fd) else { throw JournalError.cannotWrite(url.path, Self.reason(SystemCalls.lastError)) }
        } catch {
            SystemCalls.truncate(fd, to: start)
            _ = SystemCalls.sync(fd)
            throw error
        }
        if readOffset == 0 { firstLineIsWinnows = true }  // the file starts with our own line
        readOffset += bytes.count
        lineNumber += written.count + (startsFresh ? 1 : 0) + (actions.count > 1 || endsInCutBatch ? 1 : 0)
        endsInCutBatch = false
        lastSeq = written[written.count - 1].seq
        tornTailLength = 0
        return (earlier, written)
    }

    // MARK: - Reading

    /// How far a replay has read, as a `LedgerCheckpoint` saves it.
    struct ReadPosition: Sendable {
        var offset: Int
        var lineNumber: Int
        var lastSeq: Int
        var firstLineIsWinnows: Bool?
        var problems: [Issue]
    }

    /// Nil while a batch is held open or a torn line ends what was read: those are read again.
    var readPosition: ReadPosition? {
        guard pendingBatch == nil, tornTailLength == 0, !endsInCutBatch else { return nil }
        return ReadPosition(offset: readOffset, lineNumber: lineNumber, lastSeq: lastSeq, firstLineIsWinnows: firstLineIsWinnows, problems: problems)
    }

    /// Goes on from a saved position instead of the start; false (nothing changed) once anything was read.
    func resume(at position: ReadPosition) -> Bool {
        guard readOffset == 0, lineNumber == 0 else { return false }
        (readOffset, lineNumber, lastSeq) = (position.offset, position.lineNumber, position.lastSeq)
        (firstLineIsWinnows, problems) = (position.firstLineIsWinnows, position.problems)
        return true
    }

    /// The file's inode: a journal put in place of another is not the one a checkpoint read.
    var inode: UInt64? { SystemCalls.stamp(of: fd)?.inode }

    /// The bytes of `range` (fewer where the file is shorter).
    func bytes(in range: Range<Int>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: range.count) { buffer, filled in
            filled = range.isEmpty ? 0 : SystemCalls.readFully(fd, into: buffer.baseAddress!, count: range.count, at: range.lowerBound)
        }
    }

    private var tornTailLength = 0
    /// Whether the file's first line read as a Winnow event (nil: no line yet). A file that does
    /// not start with one is someone else's, and is never appended to.
    private var firstLineIsWinnows: Bool?

    /// Read in chunks of this size: a buffer as large as a 150 MB journal would cost more in page
    /// faults than its parsing.
    private static let chunkSize = 1 << 22

    private func fileSize() -> Int { SystemCalls.size(fd) }

    /// Reads and parses the lines between `readOffset` and `size` (a length seen under a lock).
    private func consume<Reader: JournalReader>(upTo size: Int, into reader: inout Reader) {
        guard size > readOffset else { return }
        tornTailLength = 0
        var buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: Self.chunkSize)
        defer { buffer.deallocate() }
        var filled = 0
        var position = readOffset
        while position < size {
            if filled == buffer.count { buffer = Self.grown(buffer, keeping: filled) }  // a line longer than a chunk
            let got = SystemCalls.read(fd, into: buffer.baseAddress! + filled, count: min(buffer.count - filled, size - position), at: position)
            if got < 0, SystemCalls.lastError == EINTR { continue }
            if got <= 0 { break }
            filled += got
            position += got
            let used = consumeLines(UnsafeBufferPointer(rebasing: buffer[0..<filled]), into: &reader)
            memmove(buffer.baseAddress!, buffer.baseAddress! + used, filled - used)
            filled -= used
        }
        if filled > 0 {
            // Read under the lock, a line without its newline is a torn write: report it once, leave it.
            tornTailLength = filled
            report(lineNumber + 1, .torn)
            readOffset += filled
        }
        // Read up to a length taken under the lock: no writer is halfway through a batch, so one
        // still open was cut short.
        endsInCutBatch = pendingBatch != nil
        dropIncompleteBatch()
    }

    /// Parses the complete lines of `bytes`; returns how many bytes they took. The lines of a batch
    /// are held until the whole batch is there.
    private func consumeLines<Reader: JournalReader>(_ bytes: UnsafeBufferPointer<UInt8>, into reader: inout Reader) -> Int {
        var start = 0
        var expected = 0
        while start < bytes.count, let newline = Self.newline(in: bytes, from: start) {
            if start >= expected {
                expected = min(bytes.count, start + Self.expectedBytes)
                reader.expect(lines: UnsafeBufferPointer(rebasing: bytes[start..<expected]))
            }
            lineNumber += 1
            let line = UnsafeBufferPointer(rebasing: bytes[start..<newline])
            readOffset += line.count + 1
            start = newline + 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) { continue }
            if let header = JournalBatchHeader(line) {
                dropIncompleteBatch()
                if lineNumber == 1 { firstLineIsWinnows = true }
                pendingBatch = PendingBatch(header: header, line: lineNumber)
                continue
            }
            // No copy of the batch is bound here: one would make each append copy the lines held so far.
            if let header = pendingBatch?.header, let held = pendingBatch?.lines.count {
                if Self.leadingSeq(line) == header.first + held {
                    pendingBatch!.lines.append((lineNumber, Array(line)))
                    if held + 1 == header.count, let whole = pendingBatch {
                        pendingBatch = nil
                        for line in whole.lines { _ = line.bytes.withUnsafeBufferPointer { apply($0, number: line.number, into: &reader) } }
                    }
                    continue
                }
                dropIncompleteBatch()
            }
            let read = apply(line, number: lineNumber, into: &reader)
            if lineNumber == 1 { firstLineIsWinnows = read || Self.looksLikeAnEvent(line) }
        }
        return start
    }

    /// The lines after a batch header, held until all of its events have been read.
    private struct PendingBatch {
        let header: JournalBatchHeader
        let line: Int
        var lines: [(number: Int, bytes: [UInt8])] = []
    }

    private var pendingBatch: PendingBatch?
    /// The file ends inside a cut batch: the next append starts with a header of its own.
    private var endsInCutBatch = false

    private func dropIncompleteBatch() {
        guard let batch = pendingBatch else { return }
        report(batch.line, .incompleteBatch(have: batch.lines.count, of: batch.header.count))
        pendingBatch = nil
    }

    /// One event line: applied when its sequence number climbs; false when it does not read.
    @discardableResult
    private func apply<Reader: JournalReader>(_ line: UnsafeBufferPointer<UInt8>, number: Int, into reader: inout Reader) -> Bool {
        if let seq = Self.leadingSeq(line), seq <= lastSeq {
            report(number, .sequenceNotAbove(seq, previous: lastSeq))
        } else if let seq = reader.read(line: line) {
            lastSeq = max(lastSeq, seq)
        } else if let event = parseInFull(ArraySlice(line), number: number) {
            if event.seq <= lastSeq {
                report(number, .sequenceNotAbove(event.seq, previous: lastSeq))
            } else {
                if case .unknown(let type, _) = event.action { report(number, .unknownType(type)) }
                lastSeq = event.seq
                reader.read(event: event)
            }
        } else {
            return false
        }
        return true
    }

    /// The sequence number of a line as Winnow writes them (`{"v":1,"seq":N,`), read before the
    /// line is applied so one that does not climb is never applied; nil for any other shape.
    private static func leadingSeq(_ line: UnsafeBufferPointer<UInt8>) -> Int? {
        let prefix: StaticString = #"{"v":1,"seq":"#
        guard ByteCursor.starts(line, with: prefix) else { return nil }
        var index = prefix.utf8CodeUnitCount
        let negative = index < line.count && line[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        var value = 0
        var digits = 0
        while index < line.count, (0x30...0x39).contains(line[index]), digits < 18 {
            value = value * 10 + Int(line[index] - 0x30)
            index += 1
            digits += 1
        }
        guard digits > 0, index < line.count, line[index] == UInt8(ascii: ",") else { return nil }
        return negative ? -value : value
    }

    /// A line Winnow wrote that no longer reads (a flipped byte) still starts as its lines do.
    private static func looksLikeAnEvent(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        ByteCursor.starts(line, with: #"{"v":"#)
    }

    private static func grown(_ buffer: UnsafeMutableBufferPointer<UInt8>, keeping count: Int) -> UnsafeMutableBufferPointer<UInt8> {
        let bigger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: buffer.count * 2)
        bigger.baseAddress!.update(from: buffer.baseAddress!, count: count)
        buffer.deallocate()
        return bigger
    }

    /// The unusual line: the full parser reads it or says what is wrong with it.
    private func parseInFull(_ line: ArraySlice<UInt8>, number: Int) -> JournalEvent? {
        switch JournalEvent.parse(line: line) {
        case .success(let event): return event
        case .failure(let error):
            report(number, error)
            return nil
        }
    }

    /// About 25 verdict lines: a reader's look-ups for them are made together.
    private static let expectedBytes = 4_096

    private static func newline(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let found = memchr(bytes.baseAddress! + start, 0x0A, bytes.count - start) else { return nil }
        return bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private func report(_ line: Int, _ error: JournalLineError) {
        problems.append(Issue(.warning, "journal.bad-line", error.description, location: "\(url.path):\(line)"))
    }

    // MARK: - Writing

    private func writeAll(_ bytes: [UInt8]) throws(JournalError) {
        guard SystemCalls.writeAll(fd, bytes) else { throw JournalError.cannotWrite(url.path, Self.reason(SystemCalls.lastError)) }
    }

    static func reason(_ code: Int32) -> String { SystemCalls.describe(code) }
}
