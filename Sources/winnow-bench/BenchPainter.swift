import WinnowApp
import WinnowImaging

/// Paints the bench's synthetic screenshots with a seeded xorshift generator, so every run
/// measures the same pixels.
struct BenchPainter {
    typealias RGB = (r: Int, g: Int, b: Int)
    let width: Int
    let height: Int
    private var pixels: [UInt8]
    private var state: UInt64

    init(width: Int, height: Int, seed: UInt64) {
        self.width = width
        self.height = height
        pixels = [UInt8](repeating: 255, count: width * height * 4)
        state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
    }

    var image: RGBAImage { RGBAImage(width: width, height: height, pixels: pixels) }

    /// A number in 0..<bound.
    mutating func next(_ bound: Int) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return bound > 0 ? Int(state % UInt64(bound)) : 0
    }

    mutating func pastel() -> RGB { (180 + next(70), 180 + next(70), 180 + next(70)) }
    mutating func vivid() -> RGB { (next(256), next(256), next(256)) }
    mutating func dark() -> RGB { (30 + next(80), 30 + next(80), 30 + next(80)) }

    mutating func fill(_ x: Int, _ y: Int, _ w: Int, _ h: Int, _ color: RGB) {
        for row in max(0, y)..<max(max(0, y), min(height, y + h)) {
            for column in max(0, x)..<max(max(0, x), min(width, x + w)) { set(column, row, color) }
        }
    }

    /// A diagonal gradient with per-pixel noise: the costly case for a terminal image.
    mutating func photo(x: Int, y: Int, width w: Int, height h: Int) {
        let (a, b) = (vivid(), vivid())
        for row in max(0, y)..<min(height, y + h) {
            for column in max(0, x)..<min(width, x + w) {
                let t = Double((column - x) + (row - y)) / Double(w + h)
                let noise = next(41) - 20
                set(column, row, (mix(a.r, b.r, t) + noise, mix(a.g, b.g, t) + noise, mix(a.b, b.b, t) + noise))
            }
        }
    }

    private func mix(_ a: Int, _ b: Int, _ t: Double) -> Int { a + Int(Double(b - a) * t) }

    private mutating func set(_ x: Int, _ y: Int, _ c: RGB) {
        let offset = (y * width + x) * 4
        pixels[offset] = UInt8(clamping: c.r)
        pixels[offset + 1] = UInt8(clamping: c.g)
        pixels[offset + 2] = UInt8(clamping: c.b)
        pixels[offset + 3] = 255
    }
}
