/// Vertical lines over a chart (markers, cursor) that keep the trace readable.
extension Grid {
    /// Lights the whole dot column in every plot area of `geometry`, keeping the dots already
    /// in each cell, and gives those cells `style`: the line sits at the exact dot column, so
    /// moving it by one column always shows. In ASCII a cell has no dots, so it becomes `|`.
    /// `dashed`: every other dot row only (the cursor), so it differs from event lines without colour.
    mutating func overlayDotColumn(_ column: Int, geometry: ChartGeometry, style: Style, ascii: Bool, dashed: Bool = false) {
        let x = geometry.cellX(ofColumn: column)
        let rows = BrailleCanvas.dotBits[column & 1]
        let line = dashed ? rows[0] | rows[2] : rows.reduce(0, |)
        for plot in geometry.panels where x >= plot.x && x < plot.maxX {
            for y in plot.y..<plot.maxY {
                let bits = Self.brailleBits(of: self[x, y].symbol) | line
                place(Cell(ascii ? (dashed ? ":" : "|") : BrailleCanvas.brailleGlyphs[Int(bits)], style: style), x: x, y: y)
            }
        }
    }

    /// The dots of a braille character; none for anything else (a blank, text).
    static func brailleBits(of symbol: Character) -> UInt8 {
        let scalars = symbol.unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first, (0x2800...0x28FF).contains(scalar.value) else { return 0 }
        return UInt8(scalar.value - 0x2800)
    }
}
