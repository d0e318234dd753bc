/// An opaque 8-bit RGB image, row-major, 3 bytes per pixel: what thumbnails are drawn from
/// once alpha has been composited over the terminal's background.
public struct RGBImage: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public var pixels: [UInt8]

    public init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(pixels.count == width * height * 3, "RGB buffer size must match the image size")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// The (r, g, b) at a pixel; for tests and sampling, not inner loops.
    public func rgb(x: Int, y: Int) -> (UInt8, UInt8, UInt8) {
        let i = (y * width + x) * 3
        return (pixels[i], pixels[i + 1], pixels[i + 2])
    }
}
