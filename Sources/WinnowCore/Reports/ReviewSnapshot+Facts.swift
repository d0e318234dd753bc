extension ReviewSnapshot {
    public func facts(ofItem index: Int) -> ItemFacts {
        .of(items[index], ledger: ledger(ofItem: index), thresholds: thresholds, issueCount: itemIssues[index].count)
    }

    /// Indices of the items a query selects, in order; the facts gathered on every core (100k items' facts took 0.15 s on one),
    /// and only the names for a query such as `kind:screenshot` (an export's filter: 0.1 s before its first link).
    public func select(_ query: FilterQuery) -> [Int] {
        guard !query.isEmpty else { return Array(items.indices) }
        let namesOnly = query.readsOnlyNames
        return query.matchingIndices(in: Array(items.indices).concurrentMap { namesOnly ? .naming(items[$0]) : facts(ofItem: $0) })
    }
}
