import Foundation

/// Fields appended to a byte buffer for the index cache: unsigned LEB128 varints (small numbers
/// take a byte), little-endian doubles, length-prefixed UTF-8. With a file handle the buffer goes
/// out every megabyte, so a 1M-box index is never held whole.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []
    private let sink: Int32?
    private var flushedCount = 0
    /// A write to the file failed; what follows is not written.
    private(set) var failed = false

    init(streamingTo sink: Int32? = nil) {
        self.sink = sink
        bytes.reserveCapacity(sink == nil ? 0 : 1 << 20 + 4096)
    }

    mutating func varint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
        if bytes.count >= 1 << 20 { flush() }
    }

    mutating func count(_ value: Int) { varint(UInt64(value)) }

    /// Where the next byte goes, from the start of everything written.
    var position: Int { flushedCount + bytes.count }

    /// Eight bytes, little-endian: a value read back from a known place (the file's end).
    mutating func fixed64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }

    /// Zig-zag, so small negative numbers stay small.
    mutating func int(_ value: Int) { varint(UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))) }
    mutating func double(_ value: Double) { fixed64(value.bitPattern) }
    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            varint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
        if bytes.count >= 1 << 20 { flush() }
    }

    mutating func optionalString(_ value: String?) {
        byte(value == nil ? 0 : 1)
        if let value { string(value) }
    }

    /// Sends what is buffered to the file; false if any write failed.
    @discardableResult
    mutating func flush() -> Bool {
        guard let sink, !failed else { return !failed }
        failed = !SystemCalls.writeAll(sink, bytes)
        flushedCount += bytes.count
        bytes.removeAll(keepingCapacity: true)
        return !failed
    }
}
