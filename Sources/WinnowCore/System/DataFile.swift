import Foundation

/// A data file (an annotation, a label file, a data.yaml, a predictions file, an index cache) read
/// whole, but only if it is a regular file: it is opened without blocking (a FIFO named as one would
/// otherwise wait forever for a writer) and devices, FIFOs and sockets give nil, as a missing file does.
enum DataFile {
    /// The bytes in one array (one copy, not Data's and then an array's).
    static func bytes(_ url: URL) -> [UInt8]? { bytes(atPath: url.path) }

    /// Not following links, a symbolic link as the last component gives nil with `lastError` ELOOP.
    static func bytes(atPath path: String, followingLinks: Bool = true) -> [UInt8]? {
        stampedBytes(atPath: path, followingLinks: followingLinks)?.bytes
    }

    /// The bytes and the stamp the file had when opened (a write after that changes its stamp).
    static func stampedBytes(atPath path: String, followingLinks: Bool = true) -> (bytes: [UInt8], stamp: EntryStamp)? {
        guard let (fd, stamp) = SystemCalls.openRegularFileStamped(path, followingLinks: followingLinks) else { return nil }
        defer { SystemCalls.close(fd) }
        let size = Int(stamp.size)
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, filled in
            // It shrank while read: what is there.
            filled = size == 0 ? 0 : SystemCalls.readFully(fd, into: buffer.baseAddress!, count: size, at: 0)
        }
        return (bytes, stamp)
    }

    static func contents(_ url: URL) -> Data? { bytes(url).map { Data($0) } }
}
