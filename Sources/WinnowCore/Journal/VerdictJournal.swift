import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The append-only journal of one dataset (`.winnow/journal.jsonl`). Appends take an exclusive
/// `flock`, first read whatever other processes appended, then write one whole line and fsync
/// it before returning: an event this returns is on disk.
public final class VerdictJournal {
    public let url: URL
    private let fd: Int32
    /// Bytes of the file already read and applied.
    private var readOffset: Int = 0
    private var lineNumber = 0
    public private(set) var lastSeq = 0
    /// Problems met while reading (`journal.jsonl:LINE: ...`), newest last.
    public private(set) var problems: [Issue] = []

    public static let fileName = "journal.jsonl"

    /// Opens the journal in `stateDirectory`, creating folder and file if needed.
    public convenience init(creatingIn stateDirectory: URL) throws(JournalError) {
        do {
            try FileManager.default.createDirectory(at: stateDirectory, withIntermediateDirectories: true)
        } catch {
            throw JournalError.cannotCreate(stateDirectory.path, Self.reason(EACCES))
        }
        let url = stateDirectory.appendingPathComponent(Self.fileName)
        let fd = open(url.path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        if fd < 0 { throw JournalError.cannotCreate(url.path, Self.reason(errno)) }
        self.init(url: url, fd: fd)
    }

    /// Opens an existing journal without creating anything; read-only when it cannot be written.
    public static func existing(in stateDirectory: URL) -> VerdictJournal? {
        let url = stateDirectory.appendingPathComponent(fileName)
        var fd = open(url.path, O_RDWR | O_APPEND | O_CLOEXEC)
        if fd < 0, errno == EACCES || errno == EROFS { fd = open(url.path, O_RDONLY | O_CLOEXEC) }
        return fd < 0 ? nil : VerdictJournal(url: url, fd: fd)
    }

    private init(url: URL, fd: Int32) {
        self.url = url
        self.fd = fd
    }

    deinit { close(fd) }

    /// Reads every complete event appended since the last call (by anyone), under a shared lock
    /// so a writer's half-written line is never seen.
    public func readNew() -> [JournalEvent] {
        flock(fd, LOCK_SH)
        defer { flock(fd, LOCK_UN) }
        return readNewLocked(atEnd: true)
    }

    /// Appends one event and fsyncs it. Returns the events others appended first (to apply
    /// before this one) and the event as written, with its sequence number.
    public func append(_ action: JournalAction, reviewer: String, time: String) throws(JournalError)
        -> (earlier: [JournalEvent], written: JournalEvent)
    {
        flock(fd, LOCK_EX)
        defer { flock(fd, LOCK_UN) }
        let earlier = readNewLocked(atEnd: true)
        let event = JournalEvent(seq: lastSeq + 1, time: time, reviewer: reviewer, action: action)
        var bytes = Array((event.line() + "\n").utf8)
        if endsTorn() { bytes.insert(0x0A, at: 0) }  // start on a fresh line after a torn one
        try writeAll(bytes)
        guard fsync(fd) == 0 else { throw JournalError.cannotWrite(url.path, Self.reason(errno)) }
        readOffset += bytes.count
        lineNumber += bytes.first == 0x0A ? 2 : 1
        lastSeq = event.seq
        return (earlier, event)
    }

    // MARK: - Reading

    private var tornTailLength = 0

    private func endsTorn() -> Bool { tornTailLength > 0 }

    private func readNewLocked(atEnd: Bool) -> [JournalEvent] {
        let size = Int(lseek(fd, 0, SEEK_END))
        guard size > readOffset else { return [] }
        var buffer = [UInt8](repeating: 0, count: size - readOffset)
        let got = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(readOffset)) }
        guard got > 0 else { return [] }
        buffer.removeLast(buffer.count - got)
        return consume(buffer)
    }

    private func consume(_ buffer: [UInt8]) -> [JournalEvent] {
        var events: [JournalEvent] = []
        var start = 0
        tornTailLength = 0
        while start < buffer.count {
            guard let newline = buffer[start...].firstIndex(of: 0x0A) else {
                // Under the lock, a line without its newline is a torn write: report it once, leave it.
                tornTailLength = buffer.count - start
                report(lineNumber + 1, .torn)
                break
            }
            lineNumber += 1
            let line = buffer[start..<newline]
            start = newline + 1
            readOffset += line.count + 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) { continue }
            switch JournalEvent.parse(line: line) {
            case .success(let event):
                lastSeq = max(lastSeq, event.seq)
                events.append(event)
            case .failure(let error):
                report(lineNumber, error)
            }
        }
        if tornTailLength > 0 { readOffset += tornTailLength }
        return events
    }

    private func report(_ line: Int, _ error: JournalLineError) {
        problems.append(Issue(.warning, "journal.bad-line", error.description, location: "\(url.path):\(line)"))
    }

    // MARK: - Writing

    private func writeAll(_ bytes: [UInt8]) throws(JournalError) {
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw JournalError.cannotWrite(url.path, Self.reason(errno))
            }
            written += n
        }
    }

    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
