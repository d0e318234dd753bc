/// Everything an export writes, decided before any file is touched: the images with their
/// splits, output names and clipped boxes, and what was left out and why.
public struct ExportPlan: Sendable {
    public var options: ExportOptions
    public var entries: [ExportEntry]
    /// Category names in output order (sorted); a box's `category` indexes this.
    public var categories: [String]
    /// Split names, or `[""]` for an export that is not split.
    public var splitNames: [String]
    /// Named splits that got no image and were left out (`--drop-empty-splits`).
    public var droppedSplits: [String] = []
    /// Rejected boxes and boxes without a positive size inside their image.
    public var leftOutBoxes = 0
    /// Boxes that reached past their image and were cut to it.
    public var clippedBoxes = 0
    /// Items left out by `--dedup` as copies of an item that was kept.
    public var droppedDuplicates: [Int] = []
    /// Exact or near-duplicate groups (item indices) whose members landed in different splits.
    public var duplicatesAcrossSplits: [[Int]] = []

    public var isSplit: Bool { splitNames != [""] }

    /// The entries of each split in `splitNames` order, in item order within a split: grouped
    /// once the plan is made (`groupBySplit`), not again for each of the six readers of 100k.
    public private(set) var entriesBySplit: [[ExportEntry]] = []

    mutating func groupBySplit() {
        entriesBySplit = Array(repeating: [], count: splitNames.count)
        for entry in entries { entriesBySplit[entry.split].append(entry) }
    }

    public var boxCount: Int { entries.reduce(0) { $0 + $1.boxes.count } }
}
