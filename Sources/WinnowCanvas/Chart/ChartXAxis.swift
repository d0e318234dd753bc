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
            if let fitting = fitting(step, viewport: viewport, width: width) {
                ticks = fitting
                break
            }
            ticks = tickSet(step, viewport: viewport)
            step = step.next
        }
        // A narrow plot (80 columns) still gets three readable ticks when finer labels fit.
        var finer = step.previous
        while ticks.values.count < 3, let more = fitting(finer, viewport: viewport, width: width), more.values.count <= width / 4 {
            ticks = more
            finer = finer.previous
        }
        return ticks
    }

    private static func tickSet(_ step: NiceStep, viewport: ClosedRange<Double>) -> ChartTicks {
        let values = step.multiples(in: viewport)
        return ChartTicks(values: values, labels: values.map { ChartNumberFormat.fixed($0, decimals: step.decimals) }, step: step.value,
                          decimals: step.decimals)
    }

    /// The ticks of `step` when their labels leave two cells between them, else nil.
    private static func fitting(_ step: NiceStep, viewport: ClosedRange<Double>, width: Int) -> ChartTicks? {
        let candidate = tickSet(step, viewport: viewport)
        let widest = candidate.labels.map { DisplayWidth.of($0) }.max() ?? 0
        let span = viewport.upperBound - viewport.lowerBound
        return Double(widest + 2) <= step.value / span * Double(width) ? candidate : nil
    }
}
