extension QueueEntry {
    /// What each item brings to the queues, from the items as curated and their datasets' ledgers.
    public static func entries(items: [ReviewItem], ledgers: [CurationLedger], datasetOfItem: [Int], thresholds: TierThresholds)
        -> [QueueEntry]
    {
        let audit = ledgers.map(auditPositions)
        return items.indices.map { index in
            let item = items[index]
            let ledger = ledgers[datasetOfItem[index]]
            return QueueEntry(index: index, confidence: item.confidence, tier: item.tier(thresholds),
                              reviewed: ledger.verdict(for: item.localID) != nil, flagged: ledger.isFlagged(item.localID),
                              disputed: ledger.hasDisagreement(item.localID), auditPosition: audit[datasetOfItem[index]][item.localID])
        }
    }

    /// The audit samples of all tiers, high first, in drawing order.
    private static func auditPositions(_ ledger: CurationLedger) -> [String: Int] {
        var positions: [String: Int] = [:]
        for tier in Tier.allCases {
            for item in ledger.auditSample(tier: tier.rawValue)?.items ?? [] where positions[item] == nil {
                positions[item] = positions.count
            }
        }
        return positions
    }
}
