/// One box as exported: clipped to its image, with its category's index in the export's sorted
/// category list, and the curated label it came from.
public struct ExportBox: Sendable {
    public var category: Int
    public var box: BoundingBox
    /// Which of the item's labels it is (a copy of the label would cost 160 bytes a box).
    public var labelIndex: Int

    /// The label in the item it came from.
    public func label(in item: ReviewItem) -> Label { item.labels[labelIndex] }
}
