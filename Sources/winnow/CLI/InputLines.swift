import WinnowApp
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The lines of a file or of stdin, read in chunks. Before it would wait for input that has not
/// arrived yet (a pipe from a slow producer), it calls `beforeWaiting`, so the caller can save
/// what it holds instead of sitting on it.
final class InputLines {
    let name: String
    private let fd: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var reachedEnd = false
    private(set) var lineNumber = 0

    /// `path` "-" is stdin, named `<stdin>` in messages.
    init(path: String) throws(CLIError) {
        if path == "-" {
            name = "<stdin>"
            fd = STDIN_FILENO
        } else {
            name = path
            fd = open(path, O_RDONLY | O_CLOEXEC)
            if fd < 0 { throw .unreadable("\(path): cannot read (\(String(cString: strerror(errno))))") }
        }
    }

    deinit { if fd != STDIN_FILENO { close(fd) } }

    /// The next line without its line ending, or nil at the end of the input.
    func next(beforeWaiting: () throws(CLIError) -> Void) throws(CLIError) -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                return take(upTo: newline, skipping: 1)
            }
            if reachedEnd {
                return start < buffer.count ? take(upTo: buffer.count, skipping: 0) : nil
            }
            buffer.removeSubrange(0..<start)
            start = 0
            if !hasInputReady() { try beforeWaiting() }
            try readChunk()
        }
    }

    private func take(upTo end: Int, skipping: Int) -> ArraySlice<UInt8> {
        var line = buffer[start..<end]
        start = end + skipping
        lineNumber += 1
        if line.last == 0x0D { line = line.dropLast() }
        return line
    }

    private func hasInputReady() -> Bool {
        var request = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&request, 1, 0) > 0
    }

    private func readChunk() throws(CLIError) {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let got = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if got < 0, errno == EINTR { continue }
            if got < 0 { throw .unreadable("\(name): cannot read (\(String(cString: strerror(errno))))") }
            if got == 0 { reachedEnd = true } else { buffer.append(contentsOf: chunk[0..<got]) }
            return
        }
    }
}
