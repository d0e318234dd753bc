import Foundation

/// One image as exported: where it goes (split, output stem) and what it carries.
public struct ExportEntry: Sendable {
    /// Index into the snapshot's items.
    public var item: Int
    public var group: String
    /// Index into the plan's split names; 0 when the export is not split.
    public var split: Int
    public var fold: Int?
    /// Output file name without extension, unique in the export.
    public var stem: String
    public var fileExtension: String
    public var source: URL
    /// Decoded size from the image file itself, not from the labels.
    public var width: Int
    public var height: Int
    public var boxes: [ExportBox]

    public var imageName: String { stem + "." + fileExtension }
}
