import Foundation

/// One dataset as read from disk: its items and the problems met while reading it.
public struct Dataset: Sendable {
    /// The folder (or, for COCO, the JSON file) the dataset was read from.
    public var source: URL
    /// The folder that holds the dataset, where its `.winnow/` state lives by default.
    public var root: URL
    public var format: DatasetFormat
    public var items: [ReviewItem]
    /// Problems that belong to no single item (a bad manifest line, a COCO id starting at 0).
    public var issues: [Issue]
    /// Category names by the ids the source gives them (COCO category ids, YOLO class numbers, as
    /// text): how a detector's output that names categories by id is read.
    public var categoryIDs: [String: String] = [:]
    /// Holds only the first part of its file (`ReadOptions.previewBytes`): the rest is still to be read.
    public var isPreview = false

    public init(source: URL, root: URL, format: DatasetFormat, items: [ReviewItem], issues: [Issue]) {
        self.source = source
        self.root = root
        self.format = format
        self.items = items
        self.issues = issues
    }

    /// The folder name, used to qualify item ids in a workspace.
    public var name: String { root.lastPathComponent }
}
