extension Workspace {
    /// Items (indices) grouped by the dataset that holds them, as that dataset's local ids in the
    /// order given: how one action over many items becomes one journal event per dataset.
    public func localIDsByDataset(_ items: [Int]) -> [Int: [String]] {
        var shares: [Int: [String]] = [:]
        for index in items { shares[datasetIndexOfItem[index], default: []].append(self.items[index].localID) }
        return shares
    }
}
