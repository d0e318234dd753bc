@testable import WinnowImaging

extension RGBAImage {
    /// The four channels of one pixel as an array, for readable assertions.
    func rgba(x: Int, y: Int) -> [UInt8] {
        let i = (y * width + x) * 4
        return Array(pixels[i..<i + 4])
    }
}
