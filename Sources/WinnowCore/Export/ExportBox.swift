/// One box as exported: clipped to its image, with its category's index in the export's sorted
/// category list, and the curated label it came from.
public struct ExportBox: Sendable {
    public var category: Int
    public var box: BoundingBox
    public var label: Label
}
