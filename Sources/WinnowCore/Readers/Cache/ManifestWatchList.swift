import Foundation

/// The files and folders a manifest's read depended on, each with the stamp it had before it was
/// read (nil: nothing was there): its index cache holds while every one still has that stamp. The
/// folders are those from the dataset folder down to each file, so a file added or removed beside
/// an image, or a folder swapped for a link, is seen. `isComplete` is false when the read took
/// something the list cannot watch: a file or folder that is a link (where it leads is not
/// watched), a path that could lead elsewhere, a size from an image header.
struct ManifestWatchList: Sendable {
    typealias Entry = (path: String, stamp: EntryStamp?)
    /// The files as read, in order (a path may repeat).
    private(set) var files: [Entry] = []
    /// Each folder once, stamped before anything in it was looked at.
    private(set) var folders: [Entry] = []
    private var folderIndex: [String: Int] = [:]
    private(set) var isComplete = true
    /// The folders of the relative paths met so far: each is stamped once.
    private var seen: Set<Substring> = []
    private var lastSeen: Substring?

    /// Records a file's stamp as it was read (nil: missing).
    mutating func record(_ path: String, _ stamp: EntryStamp?) { files.append((path, stamp)) }

    /// Stamps, the first time it is met, the folder of `relative` (a path inside `root`, which ends
    /// in "/") and those above it up to the root. A file in the root itself is not watched: the
    /// root changes whenever the state folder is made in it.
    mutating func watchFolders(of relative: String, in root: String) {
        guard let slash = relative.utf8.lastIndex(of: UInt8(ascii: "/")) else { return giveUp() }
        var folder = relative[..<slash]
        if let lastSeen, lastSeen.utf8.elementsEqual(folder.utf8) { return }
        lastSeen = folder
        guard seen.insert(folder).inserted else { return }
        guard !relative.hasPrefix("/"), !relative.contains("..") else { return giveUp() }
        while !folder.isEmpty {
            stampFolder(root + folder)
            folder = folder[..<(folder.lastIndex(of: "/") ?? folder.startIndex)]
        }
    }

    private mutating func stampFolder(_ path: String) {
        guard folderIndex[path] == nil else { return }
        let stamp = EntryStamp(ofEntry: path)
        if stamp?.type == UInt32(S_IFLNK) { giveUp() }  // what is in the folder it leads to is not watched
        folderIndex[path] = folders.count
        folders.append((path, stamp))
    }

    mutating func giveUp() { isComplete = false }

    /// Another share's list: a folder stamped differently by the two changed while it was read.
    mutating func merge(_ other: ManifestWatchList) {
        isComplete = isComplete && other.isComplete
        files += other.files
        for folder in other.folders {
            if let mine = folderIndex[folder.path] {
                if folders[mine].stamp != folder.stamp { isComplete = false }
            } else {
                folderIndex[folder.path] = folders.count
                folders.append(folder)
            }
        }
    }

    /// Whether an entry changed in the second before `start` (as wall-clock nanoseconds): a change
    /// made within the file system's clock tick after it was stamped would keep its stamp.
    func hasRecentChanges(before start: Int64) -> Bool {
        [files, folders].joined().contains { $0.stamp.map { $0.changed > start - 1_000_000_000 } ?? false }
    }

    func write(_ out: inout BinaryWriter) {
        out.count(files.count + folders.count)
        for (path, stamp) in [files, folders].joined() {
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

    private static func read(_ input: inout BinaryReader) -> [(path: Range<Int>, stamp: EntryStamp?)]? {
        guard let count = input.count() else { return nil }
        var entries: [(path: Range<Int>, stamp: EntryStamp?)] = []
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
