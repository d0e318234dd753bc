extension ReviewSnapshot {
    /// What the filter language can ask about an item.
    public func facts(ofItem index: Int) -> ItemFacts {
        let item = items[index]
        let ledger = ledger(ofItem: index)
        var facts = ItemFacts(id: item.id)
        facts.path = item.path
        facts.kind = item.kind.rawValue
        facts.tier = item.tier(thresholds).rawValue
        facts.confidence = item.confidence
        facts.categories = item.labels.map(\.category)
        facts.sources = item.labels.map(\.source)
        facts.verdict = verdict(ofItem: index)?.verdict.rawValue
        facts.reviewers = Array(ledger.verdictsByReviewer(for: item.localID).keys)
        facts.issueCount = itemIssues[index].count
        facts.hasEdits = ledger.hasEdits(item.localID)
        facts.hasNotes = !ledger.notes(for: item.localID).isEmpty
        facts.flagged = ledger.isFlagged(item.localID)
        return facts
    }

    /// Indices of the items a query selects, in order.
    public func select(_ query: FilterQuery) -> [Int] {
        query.isEmpty ? Array(items.indices) : query.matchingIndices(in: items.indices.map(facts(ofItem:)))
    }
}
