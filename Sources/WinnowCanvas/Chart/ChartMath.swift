/// Rounding by hand: `Double.rounded()` and its relatives call libm, which this stdlib-only
/// module cannot count on being linked. Conversions to Int clamp first, because `Int(Double)`
/// traps on values it cannot hold (a far-off sample must not crash a frame).
enum ChartMath {
    /// The largest whole number <= v. Beyond 2^52 every Double already is whole.
    static func floor(_ v: Double) -> Double {
        guard v.isFinite, v.magnitude < 4.0e15 else { return v }
        let whole = Double(Int(v))
        return whole > v ? whole - 1 : whole
    }

    static func ceil(_ v: Double) -> Double { -floor(-v) }

    /// Nearest Int, half away from zero, with v first clamped to ±limit (NaN gives 0).
    static func roundedToInt(_ v: Double, limit: Double = 1e9) -> Int {
        guard !v.isNaN else { return 0 }
        let clamped = min(max(v, -limit), limit)
        return Int(clamped < 0 ? clamped - 0.5 : clamped + 0.5)
    }

    /// floor(v) as an Int, with v first clamped to ±limit (NaN gives 0).
    static func flooredToInt(_ v: Double, limit: Double = 1e9) -> Int {
        guard !v.isNaN else { return 0 }
        return Int(floor(min(max(v, -limit), limit)))
    }

    /// 10^exponent; exact up to 10^22, so 0.1-type steps computed as k / 10^n land on the
    /// Double nearest the decimal value.
    static func powerOfTen(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<min(exponent.magnitude, 400) { result *= 10 }
        return exponent < 0 ? 1 / result : result
    }
}
