/// Several charts stacked over one shared x axis: the signal-plot pane. Each series gets a
/// panel (header, y gutter, braille trace); the x axis runs along the bottom; markers and
/// the cursor cross every panel, marker letters sit on the top row.
public enum StackedChart {
    /// Draws the series into `rect` and returns the geometry of the plot areas (to map dot
    /// columns to x and back). `xs` gives every sample's x for all series (nil: x = sample
    /// index); `viewport` is the visible x range. All series are decimated in one pass.
    @discardableResult
    public static func draw(_ series: [ChartSeries], xs: [Double]?, viewport: ClosedRange<Double>, xAxis: ChartXAxis,
                            markers: [ChartMarker] = [], cursor: ChartCursor? = nil, theme: ChartTheme = .plain,
                            gutterWidth: Int = 7, ascii: Bool = false, into grid: inout Grid, in rect: Rect) -> ChartGeometry {
        let layout = StackedChartLayout(rect: rect, weights: series.map(\.weight))
        let panels = series.map { ChartPanel(series: $0, theme: theme, gutterWidth: gutterWidth) }
        let plots = zip(panels, layout.panels).map { $0.plotArea(in: $1) }
        let gutter = min(max(0, gutterWidth), rect.width)
        let geometry = ChartGeometry(plotX: rect.x + gutter, plotWidth: rect.width - gutter, panels: plots, viewport: viewport)
        let columns = MinMaxColumns.decimate(xs: xs, series: series.map(\.values), viewport: viewport, columns: geometry.dotColumns)
        let readoutColumn = cursor.map { geometry.column(of: $0.x) }
        for index in panels.indices {
            panels[index].draw(columns[index], readoutColumn: readoutColumn, into: &grid, in: layout.panels[index], ascii: ascii)
        }
        xAxis.draw(into: &grid, in: layout.axis, geometry: geometry, cursor: cursor, theme: theme, ascii: ascii)
        drawOverlays(markers: markers, cursor: cursor, into: &grid, geometry: geometry, labelRow: layout.markerRow, ascii: ascii)
        return geometry
    }

    /// Cursor first, then markers, the selected one last: the marker being edited is never hidden.
    private static func drawOverlays(markers: [ChartMarker], cursor: ChartCursor?, into grid: inout Grid,
                                     geometry: ChartGeometry, labelRow: Int?, ascii: Bool) {
        cursor?.draw(into: &grid, geometry: geometry, ascii: ascii)
        for marker in markers where !marker.selected { marker.draw(into: &grid, geometry: geometry, labelRow: labelRow, ascii: ascii) }
        for marker in markers where marker.selected { marker.draw(into: &grid, geometry: geometry, labelRow: labelRow, ascii: ascii) }
    }
}
