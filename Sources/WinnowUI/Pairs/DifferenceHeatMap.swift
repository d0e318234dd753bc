import WinnowCanvas

/// What a transformation changed, pixel by pixel: the mean absolute difference of R, G and B
/// between two thumbnails of the same size, drawn as heat (black unchanged, through red and
/// yellow to white for the largest changes). Differences are tripled before colouring, as most
/// real edits change pixels by a fraction of the range and would otherwise stay dark.
enum DifferenceHeatMap {
    static func image(_ a: PixelImage, _ b: PixelImage) -> PixelImage {
        var out = PixelImage(width: min(a.width, b.width), height: min(a.height, b.height))
        for y in 0..<out.height {
            for x in 0..<out.width {
                let p = a.pixel(x: x, y: y), q = b.pixel(x: x, y: y)
                let d = (abs(Int(p.r) - Int(q.r)) + abs(Int(p.g) - Int(q.g)) + abs(Int(p.b) - Int(q.b))) / 3
                let (r, g, bl) = heat(min(255, d * 3))
                out.setPixel(x: x, y: y, r: r, g: g, b: bl)
            }
        }
        return out
    }

    /// 0 black, 85 red, 170 yellow, 255 white.
    static func heat(_ level: Int) -> (UInt8, UInt8, UInt8) {
        let t = max(0, min(255, level)) * 3
        return (UInt8(min(255, t)), UInt8(max(0, min(255, t - 255))), UInt8(max(0, min(255, t - 510))))
    }
}
