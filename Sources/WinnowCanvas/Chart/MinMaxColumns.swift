/// Min/max decimation of one series for a braille chart: for every dot column of a viewport,
/// the lowest and highest finite y among the samples whose x falls in it. A one-sample spike
/// is its column's max, so it stays visible at any zoom. Built by
/// `MinMaxColumns.decimate` (several series sharing one x axis) or `init(xs:ys:viewport:columns:)`.
public struct MinMaxColumns: Equatable, Sendable {
    /// The x range the columns split.
    public let viewport: ClosedRange<Double>
    /// Per column the lowest y, +infinity where the column is empty (so merging needs no branch).
    var lows: [Double]
    /// Per column the highest y, -infinity where the column is empty.
    var highs: [Double]
    /// The sample that leads into the viewport from the left (finite y; of the samples next
    /// in sequence to a visible one, the largest x), so a trace runs to the plot's left edge
    /// when zoomed in between samples.
    public internal(set) var before: ChartSample?
    /// The same on the right (the smallest x).
    public internal(set) var after: ChartSample?

    /// Decimates one series; `xs == nil` plots against the sample index. See `decimate`.
    public init(xs: [Double]?, ys: [Double], viewport: ClosedRange<Double>, columns: Int) {
        self = Self.decimate(xs: xs, series: [ys], viewport: viewport, columns: columns)[0]
    }

    init(emptyColumns count: Int, viewport: ClosedRange<Double>) {
        self.viewport = viewport
        lows = Array(repeating: .infinity, count: max(0, count))
        highs = Array(repeating: -.infinity, count: max(0, count))
    }

    public var count: Int { lows.count }

    /// The y range of one column's samples, nil when none fell in it (or out of range).
    public subscript(column: Int) -> ClosedRange<Double>? {
        guard column >= 0 && column < count, lows[column] <= highs[column] else { return nil }
        return lows[column]...highs[column]
    }

    /// The y range of everything visible, nil when no column has data.
    public var visibleRange: ClosedRange<Double>? {
        let low = lows.min() ?? .infinity, high = highs.max() ?? -.infinity
        return low <= high ? low...high : nil
    }
}
