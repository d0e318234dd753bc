/// A thumbnail is decoded for one item at one pixel size (sizes change with the pane).
public struct ThumbnailKey: Hashable, Sendable {
    public var item: Int
    public var width: Int
    public var height: Int

    public init(item: Int, width: Int, height: Int) {
        self.item = item
        self.width = width
        self.height = height
    }
}
