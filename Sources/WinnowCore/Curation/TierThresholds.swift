/// Where tiers start: high above `high`, medium above `medium`, low otherwise.
public struct TierThresholds: Equatable, Sendable {
    public var high: Double
    public var medium: Double

    public init(high: Double = 0.9, medium: Double = 0.7) {
        self.high = high
        self.medium = medium
    }

    public static let standard = TierThresholds()

    public func tier(for confidence: Double?) -> Tier {
        guard let confidence else { return .low }
        if confidence > high { return .high }
        if confidence > medium { return .medium }
        return .low
    }
}
