/// One chart of one signal, drawn into a rect of the grid:
///
///     Total torque          12.31     ← header: title, read-out under the cursor
///       15.0┤⠀⠀⡠⠊⠉⠢⡀                   ← gutter: round labels at top, middle, bottom,
///          A│⠀⡜⠀⠀⠀⠀⠈⢆                     the unit, the y axis; then the trace in braille
///        7.5┤⡜
///          0┤
///
/// The header row is left out when the rect is one row high.
public struct ChartPanel: Sendable {
    public var series: ChartSeries
    public var theme: ChartTheme
    /// Columns left of the plot: labels, then the axis line.
    public var gutterWidth: Int

    public init(series: ChartSeries, theme: ChartTheme = .plain, gutterWidth: Int = 7) {
        self.series = series
        self.theme = theme
        self.gutterWidth = gutterWidth
    }

    /// Where the dots go inside `rect`: below the header row, right of the gutter.
    public func plotArea(in rect: Rect) -> Rect {
        let header = rect.height >= 2 ? 1 : 0
        let gutter = min(max(0, gutterWidth), rect.width)
        return Rect(x: rect.x + gutter, y: rect.y + header, width: rect.width - gutter, height: rect.height - header)
    }

    /// Draws the panel from columns decimated to `plotArea(in: rect).width * 2` dot columns.
    /// `readoutColumn` is the cursor's dot column; the header shows the values there (nothing
    /// when it is outside the plot).
    /// Cells the trace does not touch are left as they are.
    public func draw(_ columns: MinMaxColumns, readoutColumn: Int? = nil, into grid: inout Grid, in rect: Rect, ascii: Bool = false) {
        guard !rect.isEmpty else { return }
        let plot = plotArea(in: rect)
        let glyphs = ChartGlyphs.choose(ascii: ascii)
        let scale = ChartYScale(range: series.yRange, visible: columns.visibleRange, dotRows: plot.height * 4)
        let gutter = Rect(x: rect.x, y: plot.y, width: plot.x - rect.x, height: plot.height)
        let unitShown = drawGutter(scale, into: &grid, in: gutter, glyphs: glyphs)
        if plot.y > rect.y {
            let shown = readoutColumn.flatMap { $0 >= 0 && $0 < columns.count ? $0 : nil }
            let readoutText = shown.map { self.readout(columns, at: $0, scale: scale, glyphs: glyphs) }
            drawHeader(readout: readoutText, unitShown: unitShown, into: &grid, in: Rect(x: rect.x, y: rect.y, width: rect.width, height: 1))
        }
        traceCanvas(columns, scale: scale, plot: plot).draw(into: &grid, x: plot.x, y: plot.y, style: series.style, ascii: ascii)
    }

    /// Decimates the series for this rect and draws it (a single chart; `StackedChart` does
    /// several at once). Returns the geometry for mapping dot columns to x.
    @discardableResult
    public func draw(xs: [Double]?, viewport: ClosedRange<Double>, cursorX: Double? = nil,
                     into grid: inout Grid, in rect: Rect, ascii: Bool = false) -> ChartGeometry {
        let plot = plotArea(in: rect)
        let geometry = ChartGeometry(plotX: plot.x, plotWidth: plot.width, panels: [plot], viewport: viewport)
        let columns = MinMaxColumns(xs: xs, ys: series.values, viewport: viewport, columns: geometry.dotColumns)
        draw(columns, readoutColumn: cursorX.map(geometry.column(of:)), into: &grid, in: rect, ascii: ascii)
        return geometry
    }
}
