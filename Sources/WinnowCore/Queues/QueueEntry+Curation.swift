extension QueueEntry {
    /// What each item brings to the queues, from the items as curated and their datasets' ledgers.
    public static func entries(items: [ReviewItem], ledgers: [CurationLedger], datasetOfItem: [Int], thresholds: TierThresholds,
                               issues: [[Issue]] = []) -> [QueueEntry]
    {
        let audit = ledgers.map(auditPositions)
        return items.indices.map { index in
            let item = items[index]
            let ledger = ledgers[datasetOfItem[index]]
            let comparison = item.modelComparison  // matched once: confidence, tier and scores all come from it
            let confidence = item.predictionModels == nil ? item.confidence : item.labelQuality(comparison)
            var entry = QueueEntry(index: index, confidence: confidence, tier: thresholds.tier(for: confidence),
                                   reviewed: ledger.verdict(for: item.localID) != nil, flagged: ledger.isFlagged(item.localID),
                                   disputed: ledger.hasDisagreement(item.localID), auditPosition: audit[datasetOfItem[index]][item.localID])
            entry.eventDisagreementMM = item.eventDisagreementMM
            if issues.indices.contains(index) {
                entry.duplicated = issues[index].contains { ["text.duplicate", "text.near-duplicate", "pair.same-original"].contains($0.code) }
                entry.conflicting = issues[index].contains { $0.code == "text.label-conflict" }
            }
            for outcome in comparison {
                let score = outcome.kind == .missed ? 1 : outcome.score
                entry.disagreementScores[outcome.kind] = max(entry.disagreementScores[outcome.kind] ?? 0, score)
            }
            return entry
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
