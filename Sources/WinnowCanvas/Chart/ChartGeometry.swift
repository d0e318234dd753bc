/// Where a chart's plot areas are and how their dot columns map to x, so the UI can turn a
/// key press ("move one column right") into an x value and back. Every panel of a stacked
/// chart shares the same columns.
public struct ChartGeometry: Equatable, Sendable {
    /// The first cell column of the plot areas.
    public let plotX: Int
    /// Cell columns of the plot areas (two dot columns each).
    public let plotWidth: Int
    /// Each panel's plot area, top to bottom.
    public let panels: [Rect]
    public let viewport: ClosedRange<Double>

    public init(plotX: Int, plotWidth: Int, panels: [Rect], viewport: ClosedRange<Double>) {
        self.plotX = plotX
        self.plotWidth = max(0, plotWidth)
        self.panels = panels
        self.viewport = viewport
    }

    public var dotColumns: Int { plotWidth * 2 }

    /// The x distance one dot column spans (0 when there are no columns).
    public var xPerColumn: Double {
        guard let binning else { return 0 }
        return 1 / binning.scale
    }

    /// The dot column x falls in, the one decimation puts its sample in: x == upper bound
    /// is the last column; x outside the viewport gives a column outside 0..<dotColumns.
    /// 0 when the geometry has no columns.
    public func column(of x: Double) -> Int {
        guard let binning else { return 0 }
        let t = binning.position(of: x)
        if t >= 0 && t <= Double(dotColumns) { return min(Int(t), dotColumns - 1) }
        return ChartMath.flooredToInt(t)
    }

    /// The x at the middle of a dot column (so `column(of: x(atColumn: c)) == c`); columns
    /// outside the plot extrapolate. The viewport's lower bound when there are no columns.
    public func x(atColumn column: Int) -> Double {
        guard let binning else { return viewport.lowerBound }
        return binning.lowerX + (Double(column) + 0.5) / binning.scale
    }

    /// The cell column holding a dot column.
    public func cellX(ofColumn column: Int) -> Int { plotX + (column >> 1) }

    public func contains(column: Int) -> Bool { column >= 0 && column < dotColumns }

    var binning: ColumnBinning? { ColumnBinning(viewport: viewport, count: dotColumns) }
}
