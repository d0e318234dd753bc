import Foundation

/// A line-oriented data file (JSONL, CSV, CoNLL, a manifest) read whole, except lines longer than
/// the cap: each is left out, a blank line keeping the numbering, and reported as
/// `file:line: line longer than …`. The file is scanned through its mapped pages, handed back as
/// it goes, so a 2 GB file that is one line costs a scan, not gigabytes of copies.
enum LineLimitedFile {
    /// The bytes to parse, and a problem for each line left out; nil when the file cannot be read.
    static func read(_ url: URL, cap: Int, location: String) -> (bytes: [UInt8], issues: [Issue])? {
        guard let file = MappedFile(url) else {
            return DataFile.bytes(url).map { ($0, []) }  // empty, or not mappable
        }
        defer { withExtendedLifetime(file) {} }  // `bytes` points into its mapping
        let bytes = file.bytes
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)  // the common case is every line: no copies as it grows
        var issues: [Issue] = []
        var start = 0
        var line = 1
        while start < bytes.count {
            let end = nextNewline(in: file, from: start)
            if end - start <= cap {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<min(bytes.count, end + 1)]))
            } else {
                out.append(0x0A)
                issues.append(longLine(end - start, cap: cap, location: "\(location):\(line)"))
            }
            start = end + 1
            line += 1
            file.release(upTo: start)
        }
        return (out, issues)
    }

    /// Where the line from `start` ends (the file's end if it does not), searched a window at a time
    /// with the pages behind handed back: a line of gigabytes never has them all in memory.
    private static func nextNewline(in file: MappedFile, from start: Int) -> Int {
        let bytes = file.bytes
        var from = start
        while from < bytes.count {
            let window = min(bytes.count - from, 16 << 20)
            if let found = memchr(bytes.baseAddress! + from, 0x0A, window) {
                return bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
            }
            from += window
            file.release(upTo: from)
        }
        return bytes.count
    }

    /// What is said of a line left out.
    static func longLine(_ length: Int, cap: Int, location: String) -> Issue {
        Issue(.error, "file.long-line", "line longer than \(megabytes(cap)) (\(megabytes(length))); skipped", location: location)
    }

    private static func megabytes(_ bytes: Int) -> String { bytes >= 1_000_000 ? "\(bytes / 1_000_000) MB" : "\(bytes) bytes" }
}
