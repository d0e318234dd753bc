extension ReviewItem {
    /// An item is as doubtful as its weakest label; verified labels count as certain. With
    /// predictions, its label-quality score instead (how far the models support the labels); an
    /// image pair, how clearly its transformation kept the structure and changed something.
    /// nil for an item without labels (it still lands in the low tier: nothing vouches for it).
    public var confidence: Double? {
        if predictionModels != nil { return labelQuality }
        if let pair { return pair.confidence }
        var weakest: Double?  // a loop, not map and min: queues ask this of every item
        for label in labels {
            let confidence = label.effectiveConfidence
            if weakest.map({ confidence < $0 }) ?? true { weakest = confidence }
        }
        return weakest ?? textContent?.confidence
    }

    public func tier(_ thresholds: TierThresholds = .standard) -> Tier {
        thresholds.tier(for: confidence)
    }
}
