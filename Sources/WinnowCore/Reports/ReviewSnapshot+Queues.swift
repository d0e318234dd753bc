extension ReviewSnapshot {
    /// The items of a named queue, in its order.
    public func queue(_ name: QueueName) -> [Int] {
        ReviewQueue.order(name, items.indices.map { index in
            let item = items[index]
            return QueueEntry(index: index, confidence: item.confidence, tier: item.tier(thresholds),
                              reviewed: verdict(ofItem: index) != nil)
        })
    }
}
