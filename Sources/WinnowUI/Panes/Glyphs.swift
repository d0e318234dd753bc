import WinnowCore

/// The characters that stand for verdicts and tiers, in Unicode and in plain ASCII. Good and
/// bad differ in shape, not only in color, so they read the same on a mono terminal.
enum Glyphs {
    static func verdict(_ verdict: Verdict?, unicode: Bool) -> String {
        switch verdict {
        case .good?: return unicode ? "✓" : "+"
        case .bad?: return unicode ? "✗" : "x"
        case .skip?: return unicode ? "»" : ">"
        case nil: return unicode ? "·" : "."
        }
    }

    /// A flagged item's mark.
    static func flag(unicode: Bool) -> String { unicode ? "⚑" : "!" }

    static func tier(_ tier: Tier) -> String {
        switch tier {
        case .high: return "H"
        case .medium: return "M"
        case .low: return "L"
        }
    }

    static func severity(_ severity: Severity, unicode: Bool) -> String {
        switch severity {
        case .error: return unicode ? "✗" : "E"
        case .warning: return unicode ? "!" : "W"
        case .info: return unicode ? "i" : "i"
        }
    }

    /// A score or overlap in three characters: `.81`, or `1.0` for a whole one.
    static func fraction(_ value: Double) -> String {
        guard value < 1 else { return "1.0" }
        let hundredths = Int(saturating: (max(0, value) * 100).rounded(.down))
        return (hundredths < 10 ? ".0" : ".") + String(hundredths)
    }

    static func confidence(_ value: Double?) -> String {
        guard let value, value.isFinite else { return " -- " }
        return String(format2: value)
    }
}

extension String {
    /// Two decimals without Foundation: 0.625 → "0.63" (half away from zero, as people read it).
    init(format2 value: Double) {
        let hundredths = Int(saturating: (abs(value) * 100).rounded())
        let sign = value < 0 && hundredths > 0 ? "-" : ""
        let fraction = hundredths % 100
        self = "\(sign)\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
