/// A thumbnail is decoded for one item at one pixel size (sizes change with the pane).
public struct ThumbnailKey: Hashable, Sendable {
    public var item: Int
    public var width: Int
    public var height: Int
    /// Box mode's zoom: only this part of the image (nil: all of it).
    public var region: ImageRegion?
    /// An image pair's transformed image (else the item's own image).
    public var edited: Bool

    public init(item: Int, width: Int, height: Int, region: ImageRegion? = nil, edited: Bool = false) {
        self.item = item
        self.width = width
        self.height = height
        self.region = region
        self.edited = edited
    }
}
