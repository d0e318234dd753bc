/// A decoded image: 8-bit RGBA, row-major, no padding.
public struct RGBAImage: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public var pixels: [UInt8]

    public init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(pixels.count == width * height * 4, "RGBA buffer size must match the image size")
        self.width = width
        self.height = height
        self.pixels = pixels
    }
}
