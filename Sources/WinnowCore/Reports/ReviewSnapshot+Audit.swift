extension ReviewSnapshot {
    /// Indices of the items now in the tier, in item order.
    public func items(inTier tier: Tier) -> [Int] {
        items.indices.filter { items[$0].tier(thresholds) == tier }
    }

    /// The tier's standing audit sample as item indices, in the order drawn; nil when none was
    /// drawn. In a folder of datasets each dataset's journal holds its share of the sample.
    public func auditSample(tier: Tier) -> [Int]? {
        var found = false
        var indices: [Int] = []
        for (dataset, ledger) in ledgers.enumerated() {
            guard let sample = ledger.auditSample(tier: tier.rawValue) else { continue }
            found = true
            let byLocalID = localIDIndex(ofDataset: dataset)
            indices += sample.items.compactMap { byLocalID[$0] }  // ids gone from the data are dropped
        }
        return found ? indices : nil
    }

    /// The audit report of the tier; nil when no sample was drawn from it.
    public func auditReport(tier: Tier) -> AuditReport? {
        guard let sample = auditSample(tier: tier) else { return nil }
        var report = AuditReport(tier: tier.rawValue, population: items(inTier: tier).count, sampled: sample.count,
                                 reviewed: 0, good: 0, bad: 0)
        for index in sample {
            guard let verdict = standingVerdict(ofItem: index) else { continue }
            report.reviewed += 1
            if verdict == .good { report.good += 1 }
            if verdict == .bad { report.bad += 1 }
        }
        return report
    }

    /// Local id → item index for one dataset's items.
    func localIDIndex(ofDataset dataset: Int) -> [String: Int] {
        var map: [String: Int] = [:]
        for index in workspace.items.indices where workspace.datasetIndexOfItem[index] == dataset {
            map[workspace.items[index].localID] = index
        }
        return map
    }
}
