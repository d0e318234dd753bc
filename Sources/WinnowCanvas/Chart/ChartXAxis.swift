/// The x axis under a chart: a line with ticks at round values, their labels, the unit in
/// the gutter, and the cursor's x on top of the labels.
///
///       └──┬─────────┬─────────┬──
///     mm   0   12.3  10        20
public struct ChartXAxis: Sendable {
    /// "mm", "sample".
    public var unit: String

    public init(unit: String) {
        self.unit = unit
    }

    /// Labels start at most one per this many cells.
    static let cellsPerTick = 10

    /// Ticks for a viewport drawn `width` cells wide: the finest 1/2/5 × 10^k step that
    /// gives at most one tick per ten cells (but tries for two on narrow plots) and leaves
    /// two cells between labels.
    public static func ticks(for viewport: ClosedRange<Double>, width: Int) -> ChartTicks {
        let span = viewport.upperBound - viewport.lowerBound
        guard width > 0, span > 0, span.isFinite,
              var step = NiceStep(atLeast: span / Double(max(2, width / cellsPerTick))) else { return .none }
        var ticks = ChartTicks.none
        for _ in 0..<8 {
            let values = step.multiples(in: viewport)
            let labels = values.map { ChartNumberFormat.fixed($0, decimals: step.decimals) }
            ticks = ChartTicks(values: values, labels: labels, step: step.value, decimals: step.decimals)
            let widest = labels.map { DisplayWidth.of($0) }.max() ?? 0
            if Double(widest + 2) <= step.value / span * Double(width) { break }
            step = step.next
        }
        return ticks
    }
}
