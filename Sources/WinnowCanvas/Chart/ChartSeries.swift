/// One signal to chart in a panel: what it is called, its values (one per sample, NaN for
/// gaps) and how it is drawn.
public struct ChartSeries: Sendable {
    public var title: String
    /// Shown in the y-axis gutter (or after the title when the panel has no room).
    public var unit: String
    public var values: [Double]
    /// The trace's color and attributes; the cursor read-out uses it too.
    public var style: Style
    public var shape: ChartShape
    public var yRange: ChartYRange
    /// Share of a stacked chart's height, relative to the other panels' (at least 1).
    public var weight: Int

    public init(title: String, unit: String, values: [Double], style: Style = .plain,
                shape: ChartShape = .line, yRange: ChartYRange = .automatic, weight: Int = 1) {
        self.title = title
        self.unit = unit
        self.values = values
        self.style = style
        self.shape = shape
        self.yRange = yRange
        self.weight = weight
    }
}
