/// Writing text into the grid.
extension Grid {
    /// Writes `text` from (x, y) on one row and returns the columns it took. The text is
    /// sanitized first (control sequences become visible), wide characters take two cells
    /// (the second a continuation cell), and writing stops at `maxWidth` columns or the grid's
    /// right edge; a wide character with only one column left becomes a space.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, style: Style, maxWidth: Int? = nil) -> Int {
        let limit = min(maxWidth ?? Int.max, width - x)
        guard limit > 0 else { return 0 }
        var column = 0
        for c in TerminalText.sanitized(text) {
            let w = DisplayWidth.of(c)
            if w == 0 { continue } // a lone combining mark has nothing to sit on
            if column + w > limit {
                if column < limit { place(Cell(" ", style: style), x: x + column, y: y); column += 1 }
                break
            }
            placeCharacter(c, width: w, x: x + column, y: y, style: style)
            column += w
        }
        return column
    }

    private mutating func placeCharacter(_ c: Character, width w: Int, x: Int, y: Int, style: Style) {
        if w == 2 && x == -1 {
            place(Cell(" ", style: style), x: 0, y: y) // the visible right half alone would be an orphan
        } else if w == 2 {
            place(Cell(c, style: style, width: 2), x: x, y: y)
            place(Cell(" ", style: style, width: 0), x: x + 1, y: y)
        } else {
            place(Cell(c, style: style), x: x, y: y)
        }
    }
}
