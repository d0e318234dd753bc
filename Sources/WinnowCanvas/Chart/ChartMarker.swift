/// An event on a chart (entry, transition, exit): a vertical line at x across every plot
/// area, in its own color, labelled with a letter above the top panel.
public struct ChartMarker: Equatable, Sendable {
    public var x: Double
    public var label: Character
    public var style: Style
    /// The marker the keys act on: drawn bold and in reverse video, on top of the others.
    public var selected: Bool

    public init(x: Double, label: Character, style: Style, selected: Bool = false) {
        self.x = x
        self.label = label
        self.style = style
        self.selected = selected
    }

    /// The style it is drawn in: its own, plus bold and reverse when selected (so a mono
    /// terminal shows the selection too).
    public var drawnStyle: Style {
        guard selected else { return style }
        var highlighted = style
        highlighted.attributes.formUnion([.bold, .reverse])
        return highlighted
    }

    /// Draws the line over the plot areas and, when `labelRow` is given, the letter on that
    /// row above the line. Nothing when x is outside the viewport.
    public func draw(into grid: inout Grid, geometry: ChartGeometry, labelRow: Int?, ascii: Bool = false) {
        let column = geometry.column(of: x)
        guard geometry.contains(column: column) else { return }
        grid.overlayDotColumn(column, geometry: geometry, style: drawnStyle, ascii: ascii)
        if let labelRow { grid.write(String(label), x: geometry.cellX(ofColumn: column), y: labelRow, style: drawnStyle, maxWidth: 1) }
    }
}
