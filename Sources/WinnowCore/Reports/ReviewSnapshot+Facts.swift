extension ReviewSnapshot {
    public func facts(ofItem index: Int) -> ItemFacts {
        .of(items[index], ledger: ledger(ofItem: index), thresholds: thresholds, issueCount: itemIssues[index].count)
    }

    /// Indices of the items a query selects, in order; the facts gathered on every core (100k items' facts took 0.15 s on one).
    public func select(_ query: FilterQuery) -> [Int] {
        query.isEmpty ? Array(items.indices) : query.matchingIndices(in: Array(items.indices).concurrentMap { facts(ofItem: $0) })
    }
}
