import Foundation

/// The files and folders a manifest's read depended on, each with the stamp it had before it was
/// read (nil: nothing was there): its index cache holds while every one still has that stamp. The
/// folders are those between the dataset folder and each file, so a file added or removed beside
/// an image, or a folder swapped for a link, is seen. `isComplete` is false when the read took
/// something the list cannot watch (a file through a link, a size from an image header).
struct ManifestWatchList: Sendable {
    private(set) var stamps: [String: EntryStamp?] = [:]
    private(set) var isComplete = true

    /// Stamps an entry the first time it is met.
    mutating func watch(_ path: String) {
        if stamps[path] == nil { stamps[path] = .some(EntryStamp(ofEntry: path)) }
    }

    /// Records a file's stamp as it was read (nil: missing).
    mutating func record(_ path: String, _ stamp: EntryStamp?) { stamps[path] = .some(stamp) }

    /// Stamps the folders from `path`'s up to, not including, `root` (which ends in "/").
    mutating func watchFolders(of path: String, below root: String) {
        var folder = path[...]
        while let slash = folder.lastIndex(of: "/") {
            folder = folder[..<slash]
            guard folder.count >= root.count, stamps[String(folder)] == nil else { return }
            watch(String(folder))
        }
    }

    mutating func giveUp() { isComplete = false }

    /// Another share's list: an entry stamped differently by the two changed while it was read.
    mutating func merge(_ other: ManifestWatchList) {
        isComplete = isComplete && other.isComplete
        for (path, stamp) in other.stamps {
            if let mine = stamps[path], mine != stamp { isComplete = false }
            stamps[path] = .some(stamp)
        }
    }

    /// Whether an entry changed in the second before `start` (as wall-clock nanoseconds): a change
    /// made within the file system's clock tick after it was stamped would keep its stamp.
    func hasRecentChanges(before start: Int64) -> Bool {
        stamps.values.contains { stamp in stamp.map { $0.changed > start - 1_000_000_000 } ?? false }
    }

    func write(_ out: inout BinaryWriter) {
        out.count(stamps.count)
        for (path, stamp) in stamps {
            out.string(path)
            out.byte(stamp == nil ? 0 : 1)
            guard let stamp else { continue }
            out.int(Int(stamp.size))
            out.int(Int(stamp.modified))
            out.int(Int(stamp.changed))
            out.varint(stamp.inode)
            out.varint(UInt64(stamp.type))
        }
    }

    /// Reads a list `write` wrote and says whether every entry still has its stamp, looking on every core.
    static func isCurrent(_ input: inout BinaryReader) -> Bool {
        guard let entries = read(&input) else { return false }
        let bytes = input.bytes
        nonisolated(unsafe) let whole = bytes
        let shares = max(1, min(64, entries.count / 512))
        let stale = (0..<shares).map { share in entries.count * share / shares..<entries.count * (share + 1) / shares }.concurrentMap { range in
            range.contains { index in
                let entry = entries[index]
                return entry.stamp != withPath(UnsafeBufferPointer(rebasing: whole[entry.path]), SystemCalls.stamp(ofEntry:))
            }
        }
        return !stale.contains(true)
    }

    /// `body` given the path as a C string; a path holding a NUL names nothing.
    private static func withPath(_ path: UnsafeBufferPointer<UInt8>, _ body: (UnsafePointer<CChar>) -> EntryStamp?) -> EntryStamp? {
        guard !path.contains(0) else { return nil }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: path.count + 1) { text in
            UnsafeMutableRawBufferPointer(text).copyMemory(from: UnsafeRawBufferPointer(path))
            text[path.count] = 0
            return body(text.baseAddress!)
        }
    }

    private typealias Entry = (path: Range<Int>, stamp: EntryStamp?)

    private static func read(_ input: inout BinaryReader) -> [Entry]? {
        guard let count = input.count() else { return nil }
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        for _ in 0..<count {
            guard let path = input.utf8(), let at = path.baseAddress.map({ input.bytes.baseAddress!.distance(to: $0) }),
                  let present = input.byte(), present <= 1 else { return nil }
            var stamp: EntryStamp?
            if present == 1 {
                guard let size = input.int(), let modified = input.int(), let changed = input.int(), let inode = input.varint(),
                      let type = input.varint().flatMap(UInt32.init(exactly:)) else { return nil }
                stamp = EntryStamp(size: Int64(size), modified: Int64(modified), changed: Int64(changed), inode: inode, type: type)
            }
            entries.append((at..<at + path.count, stamp))
        }
        return entries
    }
}
