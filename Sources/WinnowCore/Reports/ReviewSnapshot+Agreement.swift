extension ReviewSnapshot {
    /// Inter-reviewer agreement over every item of the workspace.
    public var agreement: Agreement {
        Agreement(ratings: workspace.items.indices.map { ledger(ofItem: $0).ratings(for: workspace.items[$0].localID) })
    }

    /// True when the item's reviewers differ: the disagreements queue.
    public func hasDisagreement(item index: Int) -> Bool {
        ledger(ofItem: index).hasDisagreement(workspace.items[index].localID)
    }
}
