/// The header row: title on the left, the value under the cursor on the right.
extension ChartPanel {
    func drawHeader(readout: String?, unitShown: Bool, into grid: inout Grid, in row: Rect) {
        let title = unitShown || series.unit.isEmpty ? series.title : "\(series.title) (\(series.unit))"
        var titleWidth = row.width
        if var readout {
            // Named when there is room: it is the value (or the span of values) under the cursor.
            if row.width >= 40, DisplayWidth.of(title) + DisplayWidth.of(readout) + 12 <= row.width { readout = "at cursor " + readout }
            let width = min(DisplayWidth.of(readout), row.width)
            grid.write(readout, x: row.maxX - width, y: row.y, style: series.style, maxWidth: width)
            titleWidth = row.width - width - 1
        }
        guard titleWidth > 0 else { return }
        grid.write(TerminalText.truncated(TerminalText.sanitized(title), toWidth: titleWidth), x: row.x, y: row.y, style: theme.title)
    }

    /// The column's value ("12.31"), or its range when it spans more than the shown
    /// precision ("12.10…12.90"), or a dash when the column has no data. One decimal more
    /// than the axis labels.
    func readout(_ columns: MinMaxColumns, at column: Int, scale: ChartYScale, glyphs: ChartGlyphs) -> String {
        guard let range = columns[column] else { return glyphs.noValue }
        let decimals = scale.labelDecimals + 1
        let low = ChartNumberFormat.fixed(range.lowerBound, decimals: decimals)
        let high = ChartNumberFormat.fixed(range.upperBound, decimals: decimals)
        return low == high ? low : low + glyphs.rangeSeparator + high
    }
}
