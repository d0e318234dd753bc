extension ReviewItem {
    /// An item is as doubtful as its weakest label; verified labels count as certain.
    /// nil for an item without labels (it still lands in the low tier: nothing vouches for it).
    public var confidence: Double? {
        labels.map(\.effectiveConfidence).min()
    }

    public func tier(_ thresholds: TierThresholds = .standard) -> Tier {
        thresholds.tier(for: confidence)
    }
}
