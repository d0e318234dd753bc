/// An RGB picture ready to be drawn into cells: a screenshot already scaled to thumbnail size.
/// Three bytes per pixel, row-major, no padding.
public struct PixelImage: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var rgb: [UInt8]

    /// A black image.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.rgb = Array(repeating: 0, count: self.width * self.height * 3)
    }

    /// Wraps existing pixels; `rgb` must hold exactly `width * height * 3` bytes.
    public init(width: Int, height: Int, rgb: [UInt8]) {
        precondition(width >= 0 && height >= 0 && rgb.count == width * height * 3, "PixelImage needs width * height * 3 bytes")
        self.width = width
        self.height = height
        self.rgb = rgb
    }

    /// Sets one pixel; positions outside the image are ignored.
    public mutating func setPixel(x: Int, y: Int, r: UInt8, g: UInt8, b: UInt8) {
        guard x >= 0 && y >= 0 && x < width && y < height else { return }
        let offset = (y * width + x) * 3
        rgb[offset] = r
        rgb[offset + 1] = g
        rgb[offset + 2] = b
    }

    /// One pixel's color; black outside the image.
    public func pixel(x: Int, y: Int) -> (r: UInt8, g: UInt8, b: UInt8) {
        guard x >= 0 && y >= 0 && x < width && y < height else { return (0, 0, 0) }
        let offset = (y * width + x) * 3
        return (rgb[offset], rgb[offset + 1], rgb[offset + 2])
    }
}
