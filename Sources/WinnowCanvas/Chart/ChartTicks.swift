/// Round values to mark along an axis, all multiples of one 1/2/5 × 10^k step, with their
/// labels (every label shows the step's decimals, so they line up: 0.30 0.35 0.40).
public struct ChartTicks: Equatable, Sendable {
    public var values: [Double]
    public var labels: [String]
    /// 0 when there are no ticks.
    public var step: Double
    public var decimals: Int

    public init(values: [Double], labels: [String], step: Double, decimals: Int) {
        self.values = values
        self.labels = labels
        self.step = step
        self.decimals = decimals
    }

    public static let none = ChartTicks(values: [], labels: [], step: 0, decimals: 0)
}
