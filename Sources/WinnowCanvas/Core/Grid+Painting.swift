/// Painting areas: backgrounds, clearing panes, highlighting rows.
extension Grid {
    /// Fills the part of `rect` inside the grid with `cell`. A wide cell is laid down in
    /// pairs (head + continuation); an odd last column gets a space in the same style.
    public mutating func fill(_ rect: Rect, with cell: Cell) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            if cell.width == 2 { fillWide(row: y, from: area.x, to: area.maxX, with: cell) }
            else { for x in area.x..<area.maxX { place(cell, x: x, y: y) } }
        }
    }

    /// Replaces the style of every cell in `rect` (inside the grid) with `transform(style)`,
    /// keeping the symbols: a cursor row in reverse video, a dimmed pane.
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for index in (y * width + area.x)..<(y * width + area.maxX) {
                cells[index].style = transform(cells[index].style)
            }
        }
    }

    private mutating func fillWide(row y: Int, from start: Int, to end: Int, with cell: Cell) {
        var x = start
        while x + 1 < end {
            place(cell, x: x, y: y)
            place(Cell(" ", style: cell.style, width: 0), x: x + 1, y: y)
            x += 2
        }
        if x < end { place(Cell(" ", style: cell.style), x: x, y: y) }
    }
}
