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
            filled = 0
            while filled < size {
                let n = read(fd, buffer.baseAddress! + filled, size - filled)
                if n < 0, SystemCalls.lastError == EINTR { continue }
                if n <= 0 { break }  // it shrank while read: what is there
                filled += n
            }
        }
        return (bytes, stamp)
    }

    static func contents(_ url: URL) -> Data? { bytes(url).map { Data($0) } }
}
