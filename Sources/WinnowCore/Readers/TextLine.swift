/// One line of a text file with its 1-based number; the line break (LF or CRLF) is not included.
struct TextLine {
    let number: Int
    let bytes: ArraySlice<UInt8>

    /// Splits on LF, dropping a CR before it. A last line without a line break is kept: it is
    /// the one a crash leaves half-written, and readers report it rather than lose it silently.
    static func split(_ bytes: [UInt8]) -> [TextLine] {
        var lines: [TextLine] = []
        var start = 0
        var number = 1
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            lines.append(TextLine(number: number, bytes: trimmingCR(bytes[start..<index])))
            start = index + 1
            number += 1
        }
        if start < bytes.count { lines.append(TextLine(number: number, bytes: trimmingCR(bytes[start...]))) }
        return lines
    }

    /// The same, after dropping a UTF-8 byte order mark that Windows tools may start a file with.
    static func splitSkippingBOM(_ bytes: [UInt8]) -> [TextLine] {
        split(bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes)
    }

    var isBlank: Bool { bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 } }

    private static func trimmingCR(_ slice: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        slice.last == 0x0D ? slice.dropLast() : slice
    }
}
