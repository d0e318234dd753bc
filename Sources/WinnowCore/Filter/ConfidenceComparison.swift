/// `conf<0.8` and friends, checked against an item's confidence.
struct ConfidenceComparison: Sendable, Equatable {
    let comparison: ComparisonOperator
    let threshold: Double

    /// NaN fails every comparison, like a missing confidence.
    func accepts(_ confidence: Double) -> Bool {
        switch comparison {
        case .less: return confidence < threshold
        case .lessOrEqual: return confidence <= threshold
        case .greater: return confidence > threshold
        case .greaterOrEqual: return confidence >= threshold
        case .equal: return confidence == threshold
        }
    }
}
