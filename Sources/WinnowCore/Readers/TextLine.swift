/// One line of a text file with its 1-based number; the line break (LF or CRLF) is not included.
struct TextLine {
    let number: Int
    let bytes: ArraySlice<UInt8>

    /// Splits on LF, dropping a CR before it (see `LineShare.forEachLine`).
    static func split(_ bytes: [UInt8]) -> [TextLine] {
        var lines: [TextLine] = []
        bytes.withUnsafeBufferPointer { buffer in
            LineShare(range: 0..<buffer.count, firstLine: 1).forEachLine(in: buffer) { number, range in
                lines.append(TextLine(number: number, bytes: bytes[range]))
            }
        }
        return lines
    }

    /// The same, after dropping a UTF-8 byte order mark that Windows tools may start a file with.
    static func splitSkippingBOM(_ bytes: [UInt8]) -> [TextLine] {
        split(bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes)
    }

    var isBlank: Bool { bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 } }
}
