/// One line of a Setitec file as byte offsets into the file: `start..<end` without the line break
/// (LF or CRLF), `next` where the following line starts. `number` is 1-based, as messages show it.
struct SetitecLine {
    let number: Int
    let start: Int
    let end: Int
    let next: Int

    /// The line that starts at `start`, or nil at the end of the buffer.
    static func at(_ start: Int, number: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SetitecLine? {
        guard start < bytes.count else { return nil }
        var index = start
        while index < bytes.count, bytes[index] != 0x0A { index += 1 }
        let next = index < bytes.count ? index + 1 : index
        let end = index > start && bytes[index - 1] == 0x0D ? index - 1 : index
        return SetitecLine(number: number, start: start, end: end, next: next)
    }

    /// Nothing but separators and padding: the filler lines between sections (`\t\t\t\t`).
    func isBlank(in bytes: UnsafeBufferPointer<UInt8>, separator: UInt8) -> Bool {
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte != separator, !SetitecNumberParser.isPadding(byte) { return false }
            index += 1
        }
        return true
    }

    /// The line's cells as byte ranges, split on `separator`.
    func cellRanges(in bytes: UnsafeBufferPointer<UInt8>, separator: UInt8) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var cellStart = start
        var index = start
        while index < end {
            if bytes[index] == separator {
                ranges.append(cellStart..<index)
                cellStart = index + 1
            }
            index += 1
        }
        ranges.append(cellStart..<end)
        return ranges
    }
}
