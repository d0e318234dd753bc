extension ItemFacts {
    /// Only what names the item: its id, path and kind (for a query that reads nothing else).
    public static func naming(_ item: ReviewItem) -> ItemFacts {
        ItemFacts(id: item.id, path: item.path, kind: item.kind.rawValue)
    }

    /// What the filter language can ask about an item, from the item as curated and its ledger.
    public static func of(_ item: ReviewItem, ledger: CurationLedger, thresholds: TierThresholds, issueCount: Int) -> ItemFacts {
        var facts = ItemFacts(id: item.id)
        facts.path = item.path
        facts.kind = item.kind.rawValue
        let comparison = item.modelComparison  // matched once for the confidence and the outcomes
        facts.confidence = item.predictionModels == nil ? item.confidence : item.labelQuality(comparison)
        facts.tier = thresholds.tier(for: facts.confidence).rawValue
        facts.categories = item.labels.map(\.category)
        facts.sources = item.labels.map(\.source)
        let latest = ledger.latestVerdicts(for: item.localID)  // newest first: the first one stands
        facts.verdict = latest.first?.verdict.rawValue
        facts.reviewers = latest.map(\.reviewer)
        facts.issueCount = issueCount
        facts.hasEdits = ledger.hasEdits(item.localID)
        facts.hasNotes = !ledger.notes(for: item.localID).isEmpty
        facts.flagged = ledger.isFlagged(item.localID)
        if let pair = item.pair {
            facts.change = pair.change
            facts.structure = pair.structure
            facts.sameOriginal = !pair.sameOriginalAs.isEmpty
        }
        if item.predictionModels != nil {
            facts.disagreements = Array(Set(comparison.map(\.kind.rawValue)))
            facts.scores = item.modelOutput?.boxes.map(\.score) ?? []
            facts.models = Array(Set(item.modelOutput?.boxes.map(\.model) ?? item.textContent?.predictedSpans.map(\.model) ?? []))
        }
        return facts
    }
}
