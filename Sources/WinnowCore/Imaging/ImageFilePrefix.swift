import Foundation

/// The first bytes of a file, read on demand in growing chunks up to a cap, so that probing a
/// header costs a few KB for most formats and never more than `cap` for a JPEG with huge APPn blocks.
/// Plain `open`/`read`: an export reads 100k headers, and FileHandle and Data cost more per file
/// than the reads themselves.
struct ImageFilePrefix {
    private let fd: Int32
    private let cap: Int
    private var bytes: [UInt8] = []
    private var reachedEnd = false

    init?(url: URL, initialSize: Int = 4096, cap: Int = 1 << 20) {
        fd = SystemCalls.openRegularFile(url.path)
        guard fd >= 0 else { return nil }
        self.cap = cap
        _ = ensure(initialSize)
    }

    func close() { SystemCalls.close(fd) }

    /// Makes at least `count` bytes available; false past the end of the file or the cap.
    mutating func ensure(_ count: Int) -> Bool {
        while bytes.count < count, !reachedEnd, bytes.count < cap {
            let want = min(cap, max(count, bytes.count * 2, 4096)) - bytes.count
            let start = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: want))
            let n = bytes.withUnsafeMutableBytes { SystemCalls.read(fd, into: $0.baseAddress! + start, count: want) }
            bytes.removeLast(want - max(0, n))
            if n <= 0 { reachedEnd = true }
        }
        return bytes.count >= count
    }

    mutating func byte(at offset: Int) -> UInt8? {
        guard offset >= 0, ensure(offset + 1) else { return nil }
        return bytes[offset]
    }

    mutating func bytes(at offset: Int, count: Int) -> ArraySlice<UInt8>? {
        guard offset >= 0, ensure(offset + count) else { return nil }
        return bytes[offset..<offset + count]
    }

    mutating func matches(_ expected: [UInt8], at offset: Int) -> Bool {
        guard let actual = bytes(at: offset, count: expected.count) else { return false }
        return actual.elementsEqual(expected)
    }

    /// `ascii` must be plain ASCII (a four-character code, a signature).
    mutating func matches(_ ascii: String, at offset: Int) -> Bool {
        matches(Array(ascii.utf8), at: offset)
    }

    mutating func uint16BigEndian(at offset: Int) -> Int? {
        guard let b = bytes(at: offset, count: 2) else { return nil }
        return Int(b[offset]) << 8 | Int(b[offset + 1])
    }

    mutating func uint16LittleEndian(at offset: Int) -> Int? {
        guard let b = bytes(at: offset, count: 2) else { return nil }
        return Int(b[offset]) | Int(b[offset + 1]) << 8
    }

    mutating func uint24LittleEndian(at offset: Int) -> Int? {
        guard let b = bytes(at: offset, count: 3) else { return nil }
        return Int(b[offset]) | Int(b[offset + 1]) << 8 | Int(b[offset + 2]) << 16
    }

    mutating func uint32BigEndian(at offset: Int) -> Int? {
        guard let b = bytes(at: offset, count: 4) else { return nil }
        return Int(b[offset]) << 24 | Int(b[offset + 1]) << 16 | Int(b[offset + 2]) << 8 | Int(b[offset + 3])
    }

    mutating func uint32LittleEndian(at offset: Int) -> Int? {
        guard let b = bytes(at: offset, count: 4) else { return nil }
        return Int(b[offset]) | Int(b[offset + 1]) << 8 | Int(b[offset + 2]) << 16 | Int(b[offset + 3]) << 24
    }
}
