import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a file's status says of its contents, as git's index keeps it: a file whose stamp is the
/// same has not been written since, short of someone resetting the change time (which needs the
/// clock). The change time moves on any write and cannot be set back by `touch` or a copy that
/// keeps times, and a file put in its place has another inode.
struct EntryStamp: Equatable, Sendable {
    var size: Int64
    var modified: Int64
    var changed: Int64
    var inode: UInt64
    /// The file type bits (`S_IFMT`): a folder replaced by a link, or a file by a folder, differs.
    var type: UInt32

    init(_ info: stat) {
        size = Int64(info.st_size)
        // Wrapping: a time past 2262 must not trap, and still differs from any other.
        modified = Int64(info.st_mtim.tv_sec) &* 1_000_000_000 &+ Int64(info.st_mtim.tv_nsec)
        changed = Int64(info.st_ctim.tv_sec) &* 1_000_000_000 &+ Int64(info.st_ctim.tv_nsec)
        inode = UInt64(info.st_ino)
        type = UInt32(info.st_mode) & UInt32(S_IFMT)
    }

    init(size: Int64, modified: Int64, changed: Int64, inode: UInt64, type: UInt32) {
        (self.size, self.modified, self.changed, self.inode, self.type) = (size, modified, changed, inode, type)
    }

    /// The entry at `path` itself (a link is not followed); nil when nothing is there.
    init?(ofEntry path: String) {
        guard let stamp = path.withCString(SystemCalls.stamp(ofEntry:)) else { return nil }
        self = stamp
    }
}
