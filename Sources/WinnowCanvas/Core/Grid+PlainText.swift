/// The grid as text: what headless runs print and what screen tests compare.
extension Grid: CustomStringConvertible {
    /// One string per row, continuation cells skipped, trailing spaces trimmed.
    public func plainTextLines() -> [String] {
        (0..<height).map { y in
            var line = ""
            for cell in cells[(y * width)..<((y + 1) * width)] where cell.width != 0 {
                line.append(cell.symbol)
            }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    public var description: String { plainTextLines().joined(separator: "\n") }
}
