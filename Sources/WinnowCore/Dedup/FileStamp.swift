import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file's size and modification time to the nanosecond: what a cache compares to decide
/// that a file is the one it already hashed, without reading it.
public struct FileStamp: Sendable, Equatable {
    public var size: Int64
    public var modifiedNanoseconds: Int64

    public init(size: Int64, modifiedNanoseconds: Int64) {
        self.size = size
        self.modifiedNanoseconds = modifiedNanoseconds
    }

    /// The stamp of a regular file (symlinks followed), or nil when there is none to stat.
    public static func of(path: String) -> FileStamp? {
        SystemCalls.regularFileStamp(path).map { FileStamp(size: $0.size, modifiedNanoseconds: $0.modifiedNanoseconds) }
    }
}
