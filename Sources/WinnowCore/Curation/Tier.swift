/// Confidence tiers: review starts with the low tier and spot-checks the high one.
public enum Tier: String, Sendable, CaseIterable {
    case high
    case medium
    case low
}
