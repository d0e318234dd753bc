extension ReviewSnapshot {
    public func facts(ofItem index: Int) -> ItemFacts {
        .of(items[index], ledger: ledger(ofItem: index), thresholds: thresholds, issueCount: itemIssues[index].count)
    }

    /// Indices of the items a query selects, in order.
    public func select(_ query: FilterQuery) -> [Int] {
        query.isEmpty ? Array(items.indices) : query.matchingIndices(in: items.indices.map(facts(ofItem:)))
    }
}
