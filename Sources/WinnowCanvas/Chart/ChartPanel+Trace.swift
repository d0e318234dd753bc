/// Rasterizing the decimated series.
extension ChartPanel {
    /// The trace in braille: each column's span, joined to the previous column with data,
    /// starting from the sample left of the viewport and ending at the one right of it.
    func traceCanvas(_ columns: MinMaxColumns, scale: ChartYScale, plot: Rect) -> BrailleCanvas {
        var canvas = BrailleCanvas(columns: plot.width, rows: plot.height)
        guard canvas.dotWidth > 0 && canvas.dotHeight > 0 else { return canvas }
        let binning = ColumnBinning(viewport: columns.viewport, count: columns.count)
        let outside = { (sample: ChartSample) -> TraceSpan? in
            guard let binning else { return nil }
            let row = scale.dotRow(of: sample.y)
            return TraceSpan(column: ChartMath.flooredToInt(binning.position(of: sample.x)), top: row, bottom: row)
        }
        var previous = columns.before.flatMap(outside)
        for column in 0..<min(columns.count, canvas.dotWidth) {
            guard let range = columns[column] else { continue }
            let span = TraceSpan(column: column, top: scale.dotRow(of: range.upperBound), bottom: scale.dotRow(of: range.lowerBound))
            canvas.trace(span, after: previous, shape: series.shape)
            previous = span
        }
        if let after = columns.after.flatMap(outside) { canvas.trace(after, after: previous, shape: series.shape) }
        return canvas
    }
}
