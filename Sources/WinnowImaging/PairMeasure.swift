/// What a transformation did to an image, measured on both images box-filtered to the same
/// 64x64 grid (so sizes and JPEG noise hardly matter):
/// - `change`: the mean absolute difference of the R, G and B values, over 255 (0 nothing
///   changed, 1 black became white everywhere);
/// - `structure`: the correlation (Pearson, below 0 counted as 0) of the two Sobel edge-magnitude
///   maps of the luminance: about 1 when walls, roof lines and windows stay where they were,
///   about 0 when the picture no longer has the original's shapes.
public struct PairMeasure: Equatable, Sendable {
    public let change: Double
    public let structure: Double

    static let side = 64

    public init(original: RGBAImage, edited: RGBAImage) {
        let a = original.areaAveraged(width: Self.side, height: Self.side, background: PerceptualHash.background)
        let b = edited.areaAveraged(width: Self.side, height: Self.side, background: PerceptualHash.background)
        var total = 0
        for i in a.pixels.indices { total += abs(Int(a.pixels[i]) - Int(b.pixels[i])) }
        change = Double(total) / Double(a.pixels.count * 255)
        structure = max(0, Self.correlation(Self.edges(a), Self.edges(b)))
    }

    /// Sobel gradient magnitudes of the luminance, inside a one-pixel border.
    static func edges(_ image: RGBImage) -> [Double] {
        let n = side
        let luma = (0..<(n * n)).map { (i: Int) -> Double in
            let r = Double(image.pixels[i * 3]), g = Double(image.pixels[i * 3 + 1]), b = Double(image.pixels[i * 3 + 2])
            return 0.299 * r + 0.587 * g + 0.114 * b
        }
        var out: [Double] = []
        out.reserveCapacity((n - 2) * (n - 2))
        for y in 1..<(n - 1) {
            for x in 1..<(n - 1) {
                func p(_ dx: Int, _ dy: Int) -> Double { luma[(y + dy) * n + x + dx] }
                let right: Double = p(1, -1) + 2 * p(1, 0) + p(1, 1)
                let left: Double = p(-1, -1) + 2 * p(-1, 0) + p(-1, 1)
                let below: Double = p(-1, 1) + 2 * p(0, 1) + p(1, 1)
                let above: Double = p(-1, -1) + 2 * p(0, -1) + p(1, -1)
                let gx = right - left, gy = below - above
                out.append((gx * gx + gy * gy).squareRoot())
            }
        }
        return out
    }

    /// Pearson correlation; 1 when both are flat and equal, 0 when only one is flat.
    static func correlation(_ a: [Double], _ b: [Double]) -> Double {
        let count = Double(a.count)
        let meanA = a.reduce(0, +) / count, meanB = b.reduce(0, +) / count
        var sab = 0.0, saa = 0.0, sbb = 0.0
        for i in a.indices {
            let da = a[i] - meanA, db = b[i] - meanB
            sab += da * db
            saa += da * da
            sbb += db * db
        }
        if saa < 1e-9 || sbb < 1e-9 { return saa < 1e-9 && sbb < 1e-9 ? 1 : 0 }
        return sab / (saa * sbb).squareRoot()
    }
}
