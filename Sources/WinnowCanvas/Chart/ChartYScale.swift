/// The y range a panel shows and how values map to dot rows (0 = top). Automatic ranges
/// take the visible data, pad it by 3% and widen it to multiples of a 1/2/5 step, so the
/// gutter labels are round numbers; constant data gets a range around its value instead of
/// a zero-height one.
struct ChartYScale: Equatable, Sendable {
    let lower: Double
    let upper: Double
    /// Spacing of round label values; labels show its decimals.
    let step: NiceStep
    let dotRows: Int

    /// Steps an automatic range is widened to: about this many fit in the range.
    static let stepsPerRange = 16.0

    init(range: ChartYRange, visible: ClosedRange<Double>?, dotRows: Int) {
        self.dotRows = dotRows
        let wanted: ClosedRange<Double>
        switch range {
        case .fixed(let fixed): wanted = fixed
        case .automatic: wanted = visible ?? 0...1
        }
        let (low, high) = Self.openedIfFlat(wanted)
        guard let step = NiceStep(atLeast: (high - low) / Self.stepsPerRange) else {
            (lower, upper, self.step) = (low, high, NiceStep(mantissa: 1, exponent: 0))
            return
        }
        self.step = step
        let pad = (high - low) * 0.03
        let lowSteps = ChartMath.floor((low - pad) / step.value), highSteps = ChartMath.ceil((high + pad) / step.value)
        if case .fixed = range {
            (lower, upper) = (low, high)
        } else if lowSteps.magnitude < 1e15 && highSteps.magnitude < 1e15 {
            (lower, upper) = (step.multiple(Int(lowSteps)), step.multiple(Int(highSteps)))
        } else {
            (lower, upper) = (low - pad, high + pad) // too far from zero for round multiples
        }
    }

    /// A range with no height (constant data) opened by 5% of the value, or ±1 around 0.
    private static func openedIfFlat(_ range: ClosedRange<Double>) -> (Double, Double) {
        guard range.lowerBound == range.upperBound else { return (range.lowerBound, range.upperBound) }
        let value = range.lowerBound
        let half = value == 0 ? 1 : value.magnitude * 0.05
        return (value - half, value + half)
    }

    /// The dot row of a value, rounded; far-off values give far-off rows (clipped when drawn).
    func dotRow(of y: Double) -> Int {
        guard dotRows > 1 else { return 0 }
        return ChartMath.roundedToInt((upper - y) / (upper - lower) * Double(dotRows - 1), limit: 1e6)
    }

    /// The round value nearest the middle, for a third gutter label.
    var middleLabel: Double {
        step.multiple(ChartMath.roundedToInt((lower + upper) / 2 / step.value, limit: 1e15))
    }

    var labelDecimals: Int { step.decimals }
}
