import Foundation

/// Turns the cells of header lines into Strings: padding trimmed, NUL bytes (and the `\u0000`
/// a converter wrote in their place) removed and counted, Latin-1 decoded. Bytes that form valid
/// UTF-8 are read as UTF-8, since a few files were re-saved that way.
struct SetitecCellDecoder {
    private(set) var nulBytes = RepeatedProblem(.info, "signal.nul-bytes", "header cells held NUL bytes; removed")
    private static let escapedNUL = "\\u0000"

    mutating func strings(of line: SetitecLine, in bytes: UnsafeBufferPointer<UInt8>, separator: UInt8) -> [String] {
        var cells = line.cellRanges(in: bytes, separator: separator).map { string(bytes, $0, line: line.number) }
        while cells.last?.isEmpty == true { cells.removeLast() }
        return cells
    }

    private mutating func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int) -> String {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, SetitecNumberParser.isPadding(bytes[lower]) { lower += 1 }
        while upper > lower, SetitecNumberParser.isPadding(bytes[upper - 1]) { upper -= 1 }
        let cell = bytes[lower..<upper].filter { $0 != 0 }
        var text = Self.decode(cell)
        var hadNUL = range.contains { bytes[$0] == 0 }
        if text.contains(Self.escapedNUL) {
            hadNUL = true
            text = text.replacingOccurrences(of: Self.escapedNUL, with: "")
        }
        if hadNUL { nulBytes.record("line \(line)") }
        return text
    }

    static func decode(_ cell: [UInt8]) -> String {
        if cell.allSatisfy({ $0 < 0x80 }) { return String(decoding: cell, as: UTF8.self) }
        if let utf8 = String(bytes: cell, encoding: .utf8) { return utf8 }
        return String(String.UnicodeScalarView(cell.map { Unicode.Scalar($0) }))
    }
}
