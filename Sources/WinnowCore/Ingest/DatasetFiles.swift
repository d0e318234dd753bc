import Foundation

/// Writes that a reader (or a crash) may interrupt at any moment without seeing half a file: whole
/// files appear by rename of a temporary file written and fsynced beside them; a manifest line is
/// appended with a single write.
enum DatasetFiles {
    static func replace(_ url: URL, with bytes: [UInt8]) throws(IngestFailure) {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).partial-\(SystemCalls.processID)")
        do throws(IngestFailure) {
            SystemCalls.remove(temporary.path)
            try write(bytes, to: temporary, flags: O_CREAT | O_EXCL)
            guard SystemCalls.rename(temporary.path, to: url.path) else { throw failure("cannot rename into", url) }
            SystemCalls.syncFolder(url.deletingLastPathComponent().path)
        } catch {
            SystemCalls.remove(temporary.path)
            throw error
        }
    }

    /// Appends `line` and a line break. A last line left without its break (a torn write) is ended
    /// first, so the new line never glues onto it.
    static func appendLine(_ line: String, to url: URL) throws(IngestFailure) {
        let prefix: [UInt8] = endsWithoutLineBreak(url) ? [0x0A] : []
        try write(prefix + Array(line.utf8) + [0x0A], to: url, flags: O_CREAT | O_APPEND)
    }

    private static func write(_ bytes: [UInt8], to url: URL, flags: Int32) throws(IngestFailure) {
        let fd = SystemCalls.open(url.path, O_WRONLY | O_NOFOLLOW | flags)  // never through a link
        guard fd >= 0 else { throw failure("cannot open", url) }
        defer { SystemCalls.close(fd) }
        guard SystemCalls.writeAll(fd, bytes) else { throw failure("cannot write", url) }
        guard SystemCalls.sync(fd) else { throw failure("cannot sync", url) }
    }

    private static func endsWithoutLineBreak(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        guard let end = try? handle.seekToEnd(), end > 0 else { return false }
        try? handle.seek(toOffset: end - 1)
        return (try? handle.read(upToCount: 1)) != Data([0x0A])
    }

    private static func failure(_ what: String, _ url: URL) -> IngestFailure {
        IngestFailure("\(what) \(url.path) (\(SystemCalls.describe(SystemCalls.lastError)))")
    }
}
