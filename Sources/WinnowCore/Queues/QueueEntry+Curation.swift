extension QueueEntry {
    /// What each item brings to the queues, from the items as curated and their datasets' ledgers
    /// (and their confidences, when the caller has them already).
    public static func entries(items: [ReviewItem], ledgers: [CurationLedger], datasetOfItem: [Int], thresholds: TierThresholds,
                               issues: [[Issue]] = [], confidences known: [Double?]? = nil) -> [QueueEntry]
    {
        let audit = ledgers.map(auditPositions)
        return Array(items.indices).concurrentMap { index in  // on all cores: a million items take a while
            let dataset = datasetOfItem[index]
            var entry = entry(index, items[index], ledgers[dataset], thresholds: thresholds, known: known.map { $0[index] }, audit: audit[dataset])
            if issues.indices.contains(index), !issues[index].isEmpty {
                entry.duplicated = issues[index].contains { duplicateCodes.contains($0.code) }
                entry.conflicting = issues[index].contains { $0.code == "text.label-conflict" }
            }
            return entry
        }
    }

    private static func entry(_ index: Int, _ item: ReviewItem, _ ledger: CurationLedger, thresholds: TierThresholds, known: Double??,
                              audit: [String: Int]) -> QueueEntry
    {
        let id = item.localID
        let comparison = item.modelComparison  // matched once: confidence, tier and scores all come from it
        let confidence = known ?? (item.predictionModels == nil ? item.confidence : item.labelQuality(comparison))
        var entry = QueueEntry(index: index, confidence: confidence, tier: thresholds.tier(for: confidence),
                               reviewed: ledger.verdict(for: id) != nil, flagged: ledger.isFlagged(id),
                               disputed: ledger.hasDisagreement(id), auditPosition: audit.isEmpty ? nil : audit[id])
        entry.eventDisagreementMM = item.eventDisagreementMM
        for outcome in comparison {
            let score = outcome.kind == .missed ? 1 : outcome.score
            entry.disagreementScores[outcome.kind] = max(entry.disagreementScores[outcome.kind] ?? 0, score)
        }
        return entry
    }

    private static let duplicateCodes: Set = ["text.duplicate", "text.near-duplicate", "pair.same-original"]

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
