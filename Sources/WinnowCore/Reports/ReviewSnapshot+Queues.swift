extension ReviewSnapshot {
    /// The items of a named queue, in its order.
    public func queue(_ name: QueueName) -> [Int] {
        ReviewQueue.order(name, QueueEntry.entries(items: items, ledgers: ledgers, datasetOfItem: workspace.datasetIndexOfItem,
                                                   thresholds: thresholds, issues: itemIssues))
    }
}
