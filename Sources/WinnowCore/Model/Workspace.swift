import Foundation

/// What `winnow PATH` opened: one dataset, or a folder of datasets. Items of all datasets are
/// reviewed as one list; in a folder of datasets their ids are qualified as `folder/id`.
public struct Workspace: Sendable {
    public var root: URL
    public var datasets: [Dataset]
    /// Problems with the workspace itself (a sub-folder that is no dataset, one that failed to read).
    public var issues: [Issue]
    /// All items, in dataset order.
    public private(set) var items: [ReviewItem]
    /// For each item in `items`, the index of its dataset.
    public private(set) var datasetIndexOfItem: [Int]
    /// True when `root` is a folder of datasets rather than one dataset.
    public let isFolderOfDatasets: Bool

    public init(root: URL, datasets: [Dataset], issues: [Issue], qualifyIDs: Bool) {
        self.root = root
        // In a folder of datasets a problem names its dataset too: `b/manifest.jsonl:12`, not a
        // manifest.jsonl:12 that any of them could hold.
        self.datasets = qualifyIDs ? datasets.map(Self.naming) : datasets
        self.issues = issues
        self.isFolderOfDatasets = qualifyIDs
        var items: [ReviewItem] = []
        var owners: [Int] = []
        let total = self.datasets.reduce(0) { $0 + $1.items.count }
        items.reserveCapacity(total)  // 100k items were copied again at each doubling
        owners.reserveCapacity(total)
        for (index, dataset) in self.datasets.enumerated() {
            for var item in dataset.items {
                // A write copies an item's fields (they are shared with the dataset): only when needed.
                if item.localID != item.id { item.localID = item.id }
                if qualifyIDs { item.id = dataset.name + "/" + item.id }
                items.append(item)
                owners.append(index)
            }
        }
        self.items = items
        self.datasetIndexOfItem = owners
    }

    private static func naming(_ dataset: Dataset) -> Dataset {
        var named = dataset
        let prefix = dataset.name + "/"
        named.issues = dataset.issues.map { issue in
            var issue = issue
            if issue.location?.hasPrefix(prefix) != true { issue.location = prefix + (issue.location ?? "") }  // once, if rebuilt
            return issue
        }
        return named
    }

    /// Some dataset holds only the first part of its file; the whole is still to be read.
    public var isPreview: Bool { datasets.contains(where: \.isPreview) }
}
