/// A 64-bit difference hash (dHash), for finding the same screen saved twice, resized,
/// re-encoded or slightly brightened: such copies differ in a few bits (Hamming distance),
/// different screens in about half of them.
///
/// The image is box-filtered to 9x8 (`areaAveraged`) and each row's 9 luminances give 8 bits:
/// set where a pixel is brighter than its left neighbour. Resampling and luminance are integer
/// arithmetic, so the same pixels hash the same on every run and platform.
public enum PerceptualHash {
    /// Transparent pixels are judged over white: a fixed choice, so the hash never depends on
    /// the terminal theme a thumbnail is drawn over.
    public static let background: (UInt8, UInt8, UInt8) = (255, 255, 255)

    static let gridWidth = 9
    static let gridHeight = 8

    public static func dHash(of image: RGBAImage) -> UInt64 {
        dHash(ofGrid: image.areaAveraged(width: gridWidth, height: gridHeight, background: background))
    }

    /// Decodes the file straight to the 9x8 grid through the thumbnail path.
    public static func dHash(ofFileAt path: String) throws(ImageDecodeError) -> UInt64 {
        dHash(ofGrid: try ImageDecoder.decodeThumbnail(fileAt: path, width: gridWidth, height: gridHeight,
                                                       background: background))
    }

    /// Bit 63 is the top row's first comparison and bit 0 the bottom row's last, so the hex
    /// form reads in row order (as Python's imagehash prints its dhash).
    static func dHash(ofGrid grid: RGBImage) -> UInt64 {
        precondition(grid.width == gridWidth && grid.height == gridHeight, "dHash needs a 9x8 grid")
        var hash: UInt64 = 0
        for row in 0..<gridHeight {
            for column in 0..<gridWidth - 1 {
                let brighter = luminance(grid, column + 1, row) > luminance(grid, column, row)
                hash = hash << 1 | (brighter ? 1 : 0)
            }
        }
        return hash
    }

    /// BT.601 luma times 1000 (the weights of PIL's "L" mode), left unscaled so that no
    /// rounding can differ between platforms.
    private static func luminance(_ grid: RGBImage, _ x: Int, _ y: Int) -> Int {
        let (r, g, b) = grid.rgb(x: x, y: y)
        return 299 * Int(r) + 587 * Int(g) + 114 * Int(b)
    }
}
