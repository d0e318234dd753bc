/// An axis-aligned box in image pixels, as COCO writes it: top-left corner, width, height.
public struct BoundingBox: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
    public var area: Double { max(0, width) * max(0, height) }

    public var isFinite: Bool { x.isFinite && y.isFinite && width.isFinite && height.isFinite }

    /// Intersection over union; 0 when either box is empty.
    public func iou(_ other: BoundingBox) -> Double {
        let ix = max(0, min(maxX, other.maxX) - max(x, other.x))
        let iy = max(0, min(maxY, other.maxY) - max(y, other.y))
        let intersection = ix * iy
        let union = area + other.area - intersection
        return union > 0 ? intersection / union : 0
    }

    /// True when the box lies entirely within a `width` x `height` image.
    public func isInside(width: Int, height: Int) -> Bool {
        x >= 0 && y >= 0 && maxX <= Double(width) && maxY <= Double(height)
    }
}
