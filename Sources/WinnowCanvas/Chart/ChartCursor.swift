/// The reading position on a chart: a vertical line at x across every plot area, its x shown
/// on the x axis and the values under it in each panel's header.
public struct ChartCursor: Equatable, Sendable {
    public var x: Double
    public var style: Style
    /// What the x axis shows for it; nil shows x with one decimal more than the tick labels.
    public var label: String?

    public init(x: Double, style: Style, label: String? = nil) {
        self.x = x
        self.style = style
        self.label = label
    }

    /// Draws a dashed line over the plot areas (event lines are solid); nothing when x is outside the viewport.
    public func draw(into grid: inout Grid, geometry: ChartGeometry, ascii: Bool = false) {
        let column = geometry.column(of: x)
        guard geometry.contains(column: column) else { return }
        grid.overlayDotColumn(column, geometry: geometry, style: style, ascii: ascii, dashed: true)
    }
}
