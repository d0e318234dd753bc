/// Putting the axis on the grid.
extension ChartXAxis {
    /// Draws the axis into `rect` (the full chart width, gutter included): with two rows the
    /// line and ticks on the first and labels on the second; with one row labels only.
    public func draw(into grid: inout Grid, in rect: Rect, geometry: ChartGeometry, cursor: ChartCursor? = nil,
                     theme: ChartTheme = .plain, ascii: Bool = false) {
        guard !rect.isEmpty else { return }
        let ticks = Self.ticks(for: geometry.viewport, width: geometry.plotWidth)
        let cells = ticks.values.map { geometry.cellX(ofColumn: geometry.column(of: $0)) }
        if rect.height >= 2 { drawLine(ticks: cells, into: &grid, row: rect.y, geometry: geometry, theme: theme, ascii: ascii) }
        let labelRow = rect.height >= 2 ? rect.y + 1 : rect.y
        let cursorSpan = cursor.flatMap { drawCursorLabel($0, ticks: ticks, into: &grid, row: labelRow, geometry: geometry) }
        drawTickLabels(ticks.labels, at: cells, avoiding: cursorSpan, into: &grid, row: labelRow, geometry: geometry, style: theme.label)
        let unitX = geometry.plotX - 1 - DisplayWidth.of(unit)
        if unitX >= rect.x { grid.write(unit, x: unitX, y: labelRow, style: theme.label) }
    }

    private func drawLine(ticks: [Int], into grid: inout Grid, row: Int, geometry: ChartGeometry, theme: ChartTheme, ascii: Bool) {
        let glyphs = ChartGlyphs.choose(ascii: ascii)
        grid.place(Cell(glyphs.corner, style: theme.axis), x: geometry.plotX - 1, y: row)
        for x in geometry.plotX..<(geometry.plotX + geometry.plotWidth) {
            grid.place(Cell(ticks.contains(x) ? glyphs.xTick : glyphs.xAxis, style: theme.axis), x: x, y: row)
        }
    }

    /// The cursor's x, padded by a space each side, centred under it; returns the cells it took.
    private func drawCursorLabel(_ cursor: ChartCursor, ticks: ChartTicks, into grid: inout Grid, row: Int, geometry: ChartGeometry) -> Range<Int>? {
        let column = geometry.column(of: cursor.x)
        guard geometry.contains(column: column) else { return nil }
        let text = " " + (cursor.label ?? ChartNumberFormat.fixed(cursor.x, decimals: ticks.decimals + 1)) + " "
        let start = labelStart(width: DisplayWidth.of(text), under: geometry.cellX(ofColumn: column), geometry: geometry)
        let written = grid.write(text, x: start, y: row, style: cursor.style, maxWidth: geometry.plotX + geometry.plotWidth - start)
        return start..<(start + written)
    }

    /// Each label centred under its tick, left out where it would touch the previous label
    /// or the cursor's.
    private func drawTickLabels(_ labels: [String], at cells: [Int], avoiding cursorSpan: Range<Int>?,
                                into grid: inout Grid, row: Int, geometry: ChartGeometry, style: Style) {
        var freeFrom = Int.min
        for (label, cell) in zip(labels, cells) {
            let width = DisplayWidth.of(label)
            let start = labelStart(width: width, under: cell, geometry: geometry)
            let span = start..<(start + width)
            guard start >= freeFrom, width <= geometry.plotWidth, !(cursorSpan?.overlaps(span) ?? false) else { continue }
            grid.write(label, x: start, y: row, style: style)
            freeFrom = span.upperBound + 1
        }
    }

    /// Where a label of `width` starts to be centred under `cell`, kept inside the plot.
    private func labelStart(width: Int, under cell: Int, geometry: ChartGeometry) -> Int {
        let plotEnd = geometry.plotX + geometry.plotWidth
        return max(geometry.plotX, min(cell - (width - 1) / 2, plotEnd - width))
    }
}
