/// A spacing for ticks and labels that people read easily: 1, 2 or 5 × 10^exponent.
struct NiceStep: Equatable, Sendable {
    let mantissa: Int
    let exponent: Int

    init(mantissa: Int, exponent: Int) {
        self.mantissa = mantissa
        self.exponent = exponent
    }

    /// The smallest nice step >= raw; nil when raw is not a positive finite number of sane size.
    init?(atLeast raw: Double) {
        guard raw.isFinite, raw > 1e-200, raw < 1e200 else { return nil }
        var exponent = 0
        while ChartMath.powerOfTen(exponent) > raw { exponent -= 1 }
        while ChartMath.powerOfTen(exponent + 1) <= raw { exponent += 1 }
        // 10^exponent <= raw < 10^(exponent + 1); a hair of tolerance keeps 0.2 from becoming 0.5.
        let target = raw * (1 - 1e-12)
        for mantissa in [1, 2, 5] where NiceStep(mantissa: mantissa, exponent: exponent).value >= target {
            self.init(mantissa: mantissa, exponent: exponent)
            return
        }
        self.init(mantissa: 1, exponent: exponent + 1)
    }

    var value: Double { multiple(1) }

    /// Digits after the point that show every multiple exactly.
    var decimals: Int { max(0, -exponent) }

    /// k × step, computed as an integer over a power of ten so 3 × 0.1 prints as 0.3.
    func multiple(_ k: Int) -> Double {
        let count = Double(k) * Double(mantissa)
        return exponent >= 0 ? count * ChartMath.powerOfTen(exponent) : count / ChartMath.powerOfTen(-exponent)
    }

    /// The next coarser nice step: 1 → 2 → 5 → 10.
    var next: NiceStep {
        switch mantissa {
        case 1: return NiceStep(mantissa: 2, exponent: exponent)
        case 2: return NiceStep(mantissa: 5, exponent: exponent)
        default: return NiceStep(mantissa: 1, exponent: exponent + 1)
        }
    }

    /// The next finer nice step: 10 → 5 → 2 → 1.
    var previous: NiceStep {
        switch mantissa {
        case 5: return NiceStep(mantissa: 2, exponent: exponent)
        case 2: return NiceStep(mantissa: 1, exponent: exponent)
        default: return NiceStep(mantissa: 5, exponent: exponent - 1)
        }
    }

    /// The multiples of this step inside `range` (a small tolerance keeps ends that division
    /// rounding would push out); empty when the range would need absurdly many.
    func multiples(in range: ClosedRange<Double>) -> [Double] {
        let size = value
        // 0.7 / 0.1 is 6.999…: a millionth of a step of tolerance keeps such ends.
        let first = ChartMath.ceil(range.lowerBound / size - 1e-6), last = ChartMath.floor(range.upperBound / size + 1e-6)
        guard first.magnitude < 1e15, last.magnitude < 1e15, last - first < 10_000 else { return [] }
        guard first <= last else { return [] }
        let slack = size * 1e-6
        return (Int(first)...Int(last)).map(multiple).filter { $0 >= range.lowerBound - slack && $0 <= range.upperBound + slack }
    }
}
