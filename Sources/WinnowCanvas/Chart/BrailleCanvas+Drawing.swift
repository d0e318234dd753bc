/// Putting the dots on the grid.
extension BrailleCanvas {
    /// Draws every cell that has a dot, top-left at (x, y), clipped to the grid; cells with
    /// no dots are left alone so a chart can sit on axes or gridlines. Each cell takes `style`
    /// with its own color, if any, as foreground. `ascii` draws dots as `'` (upper half),
    /// `.` (lower half), `:` (middle or both halves) and `|` (top to bottom) for terminals
    /// without UTF-8.
    public func draw(into grid: inout Grid, x: Int, y: Int, style: Style, ascii: Bool = false) {
        let area = Rect(x: x, y: y, width: columns, height: rows).intersection(grid.bounds)
        guard !area.isEmpty else { return }
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX {
                let bits = pattern(column: column - x, row: row - y)
                guard bits != 0 else { continue }
                var cellStyle = style
                if let color = color(column: column - x, row: row - y) { cellStyle.foreground = color }
                let symbol = ascii ? Self.asciiFallback(bits) : Self.brailleGlyphs[Int(bits)]
                grid.place(Cell(symbol, style: cellStyle), x: column, y: row)
            }
        }
    }

    /// One ASCII character for a dot pattern, by which of the four dot rows are on.
    public static func asciiFallback(_ bits: UInt8) -> Character {
        let rowsOn = (0..<4).filter { row in bits & (dotBits[0][row] | dotBits[1][row]) != 0 }
        guard let first = rowsOn.first, let last = rowsOn.last else { return " " }
        switch (first, last) {
        case (0, 3): return "|"
        case (_, ...1): return "'"
        case (2..., _): return "."
        default: return ":"
        }
    }

    static let brailleGlyphs: [Character] = (0..<256).map { Character(Unicode.Scalar(0x2800 + UInt32($0))!) }
}
