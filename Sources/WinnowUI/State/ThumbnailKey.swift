/// A thumbnail is decoded for one item at one pixel size (sizes change with the pane).
public struct ThumbnailKey: Hashable, Sendable {
    public var item: Int
    public var width: Int
    public var height: Int
    /// Box mode's zoom: only this part of the image (nil: all of it).
    public var region: ImageRegion?

    public init(item: Int, width: Int, height: Int, region: ImageRegion? = nil) {
        self.item = item
        self.width = width
        self.height = height
        self.region = region
    }
}
