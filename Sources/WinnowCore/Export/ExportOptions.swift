/// What `winnow export` was asked for, past the item selection.
public struct ExportOptions: Sendable {
    public var format: ExportFormat
    public var split: SplitRatios?
    /// `--folds K`: a fold number per group instead of fixed splits.
    public var folds: Int?
    public var groupBy: String?
    public var seed: UInt64 = 0
    public var images: ExportImageMode = .link
    /// Keep one item of each exact or near-duplicate group.
    public var dedup = false
    /// Leave out a split that gets no image instead of refusing the export.
    public var dropEmptySplits = false

    public init(format: ExportFormat) { self.format = format }
}
