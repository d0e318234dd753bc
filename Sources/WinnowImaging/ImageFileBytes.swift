#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole image file with POSIX calls, so a missing file, a directory or a
/// permission problem each get their own plain message.
enum ImageFileBytes {
    /// Up to `count` bytes from the start of the file; nil when it cannot be opened.
    static func prefix(ofFile path: String, count: Int) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)  // a FIFO must not wait for a writer
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        var got = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, filled in  // one array, not two
            got = read(fd, buffer.baseAddress, count)
            filled = max(0, got)
        }
        return got < 0 ? nil : bytes
    }

    static func contents(ofFile path: String) throws(ImageDecodeError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)  // a FIFO must not wait for a writer
        guard fd >= 0 else { throw failure(path, errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure(path, errno) }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw ImageDecodeError(path: path, reason: "is a directory, not an image file", kind: .unreadable)
        }
        if (info.st_mode & S_IFMT) != S_IFREG {
            throw ImageDecodeError(path: path, reason: "is not a regular file (a FIFO, device or socket); skipped", kind: .unreadable)
        }
        return try readAll(fd: fd, expected: Int(info.st_size), path: path)
    }

    private static func readAll(fd: Int32, expected: Int, path: String) throws(ImageDecodeError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: max(expected, 0))
        var filled = 0
        while filled < bytes.count {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure(path, errno)
            }
            if n == 0 { break }  // the file shrank while we read it
            filled += n
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

    private static func failure(_ path: String, _ code: Int32) -> ImageDecodeError {
        let reason: String
        switch code {
        case ENOENT: reason = "no such file"
        case EACCES: reason = "permission denied"
        case ENOTDIR: reason = "no such file (a parent is not a directory)"
        default: reason = String(cString: strerror(code))
        }
        return ImageDecodeError(path: path, reason: reason, kind: .unreadable)
    }
}
