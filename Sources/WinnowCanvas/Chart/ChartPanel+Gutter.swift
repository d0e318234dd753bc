/// The y axis: labels at the top, bottom and a round middle value, and the unit.
extension ChartPanel {
    /// Draws the gutter (labels right-aligned, then the axis line with a tick at each label)
    /// and returns whether the unit found a row in it.
    func drawGutter(_ scale: ChartYScale, into grid: inout Grid, in gutter: Rect, glyphs: ChartGlyphs) -> Bool {
        guard gutter.width >= 1 && gutter.height >= 1 else { return false }
        let axisX = gutter.maxX - 1, labelWidth = gutter.width - 1
        let labels = labelRows(scale, rows: gutter.height)
        for row in 0..<gutter.height {
            let tick = labels.contains { $0.row == row } ? glyphs.yTick : glyphs.yAxis
            grid.place(Cell(tick, style: theme.axis), x: axisX, y: gutter.y + row)
        }
        guard labelWidth > 0 else { return false }
        for label in labels {
            let text = ChartNumberFormat.fitting(label.value, decimals: scale.labelDecimals, width: labelWidth)
            grid.write(text, x: axisX - DisplayWidth.of(text), y: gutter.y + label.row, style: theme.label)
        }
        guard let unitRow = unitRow(rows: gutter.height, besides: labels), DisplayWidth.of(series.unit) <= labelWidth else { return false }
        grid.write(series.unit, x: axisX - DisplayWidth.of(series.unit), y: gutter.y + unitRow, style: theme.label)
        return true
    }

    /// The upper bound on the top row, the lower on the bottom one, and the round middle
    /// value on the row holding it when that row lies strictly between them.
    func labelRows(_ scale: ChartYScale, rows: Int) -> [(row: Int, value: Double)] {
        var labels = [(row: 0, value: scale.upper)]
        guard rows >= 2 else { return labels }
        labels.append((row: rows - 1, value: scale.lower))
        let middle = scale.middleLabel
        let middleRow = scale.dotRow(of: middle) / 4
        if middleRow > 0 && middleRow < rows - 1 { labels.append((row: middleRow, value: middle)) }
        return labels
    }

    /// The first free row below the top label (never the bottom one), nil when there is none
    /// or there is no unit.
    private func unitRow(rows: Int, besides labels: [(row: Int, value: Double)]) -> Int? {
        guard !series.unit.isEmpty else { return nil }
        return (1..<max(1, rows - 1)).first { row in !labels.contains { $0.row == row } }
    }
}
