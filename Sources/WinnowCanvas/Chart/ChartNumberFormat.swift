/// Numbers for axis labels and read-outs, without Foundation: fixed decimals, rounded half
/// away from zero, and a squeezed form for narrow gutters.
public enum ChartNumberFormat {
    /// `value` with exactly `decimals` (0...12) digits after the point: `fixed(2.5, decimals: 2)`
    /// is "2.50". Never "-0". Magnitudes beyond 9e18 use e-notation.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        let digits = min(max(decimals, 0), 12)
        let scale = ChartMath.powerOfTen(digits)
        let scaled = value.magnitude * scale + 0.5
        guard scaled < 9e18 else { return scientific(value) }
        let units = UInt64(scaled), perUnit = UInt64(scale)
        var text = String(units / perUnit)
        if digits > 0 {
            let fraction = String(units % perUnit)
            text += "." + String(repeating: "0", count: digits - fraction.count) + fraction
        }
        return value < 0 && units != 0 ? "-" + text : text
    }

    /// The most precise form that fits `width` columns: `decimals` digits, then fewer, then a
    /// k/M/G suffix ("23.5k"), and as a last resort cut with "…".
    public static func fitting(_ value: Double, decimals: Int, width: Int) -> String {
        guard width > 0 else { return "" }
        for digits in stride(from: max(decimals, 0), through: 0, by: -1) {
            let text = fixed(value, decimals: digits)
            if text.count <= width { return text }
        }
        for (divisor, suffix) in [(1e3, "k"), (1e6, "M"), (1e9, "G")] where value.magnitude >= divisor {
            for digits in [1, 0] {
                let text = fixed(value / divisor, decimals: digits) + suffix
                if text.count <= width { return text }
            }
        }
        return TerminalText.truncated(fixed(value, decimals: 0), toWidth: width)
    }

    /// "1.2e20": one decimal of mantissa, for magnitudes fixed notation cannot hold.
    static func scientific(_ value: Double) -> String {
        var mantissa = value.magnitude, exponent = 0
        while mantissa >= 10 { mantissa /= 10; exponent += 1 }
        return (value < 0 ? "-" : "") + fixed(mantissa, decimals: 1) + "e" + String(exponent)
    }
}
