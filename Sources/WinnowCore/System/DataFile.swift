import Foundation

/// A small data file (an annotation, a label file, a data.yaml, a predictions file) read whole,
/// but only if it is a regular file: it is opened without blocking (a FIFO named as one would
/// otherwise wait forever for a writer) and devices, FIFOs and sockets give nil, as a missing file does.
enum DataFile {
    static func contents(_ url: URL) -> Data? {
        let fd = SystemCalls.openRegularFile(url.path)
        guard fd >= 0 else { return nil }
        defer { SystemCalls.close(fd) }
        let size = SystemCalls.size(fd)
        guard size >= 0, lseek(fd, 0, SEEK_SET) == 0 else { return nil }
        var data = Data(count: size)
        var filled = 0
        while filled < size {
            let n = data.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, size - filled) }
            if n < 0, SystemCalls.lastError == EINTR { continue }
            if n <= 0 { break }  // it shrank while read: what is there
            filled += n
        }
        return filled == size ? data : data.prefix(filled)
    }
}
