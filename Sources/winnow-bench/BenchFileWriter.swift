import Foundation

/// Appends text to a file through a 4 MB buffer, so generators write gigabytes without holding them.
final class BenchFileWriter {
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    init(_ url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path]) }
        handle = try FileHandle(forWritingTo: url)
        buffer.reserveCapacity(1 << 22)
    }

    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 22 { try flush() }
    }

    /// Writes what is buffered and closes the file; returns its size.
    func close() throws -> Int {
        try flush()
        let size = try handle.offset()
        try handle.close()
        return Int(size)
    }

    private func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
