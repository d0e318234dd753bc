/// Review tiers from DESIGN.md section 7: high > 0.9, medium > 0.7, low otherwise.
enum ConfidenceTier: String, CaseIterable, Comparable {
    case high, medium, low

    /// Ordered from most to least confident: `max` picks the more confident tier.
    static func < (a: ConfidenceTier, b: ConfidenceTier) -> Bool {
        allCases.firstIndex(of: a)! > allCases.firstIndex(of: b)!
    }

    /// Ranges confidences are drawn from, clear of the tier edges (edges are placed on purpose).
    var drawRange: ClosedRange<Double> {
        switch self {
        case .high: 0.91...0.99
        case .medium: 0.72...0.89
        case .low: 0.31...0.68
        }
    }

    /// How far a template matcher's box strays from the widget at this confidence, in pixels.
    var jitter: Int {
        switch self {
        case .high: 1
        case .medium: 3
        case .low: 9
        }
    }

    init(confidence: Double) {
        self = confidence > 0.9 ? .high : confidence > 0.7 ? .medium : .low
    }
}
