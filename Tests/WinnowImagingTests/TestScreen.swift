@testable import WinnowImaging

/// Screenshot-like images for hashing tests: a pale background, a coloured header, a sidebar and
/// cards of dark "text" bars, placed and coloured by a seeded generator so that each seed is a
/// different, reproducible screen.
struct TestScreen {
    private(set) var image: RGBAImage
    private var state: UInt64

    init(seed: UInt64, width: Int = 640, height: Int = 400) {
        image = RGBAImage(width: width, height: height, pixels: [UInt8](repeating: 255, count: width * height * 4))
        state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        paint()
    }

    /// Every channel of every pixel plus `amount`, clamped: a brightness change.
    static func brightened(_ image: RGBAImage, by amount: Int) -> RGBAImage {
        var copy = image
        for i in copy.pixels.indices where i % 4 != 3 { copy.pixels[i] = UInt8(clamping: Int(copy.pixels[i]) + amount) }
        return copy
    }

    /// The image box-filtered to `scale` of its size, opaque again.
    static func resized(_ image: RGBAImage, scale: Double) -> RGBAImage {
        let small = image.areaAveraged(width: Int(Double(image.width) * scale), height: Int(Double(image.height) * scale),
                                       background: PerceptualHash.background)
        var pixels: [UInt8] = []
        for i in stride(from: 0, to: small.pixels.count, by: 3) { pixels += small.pixels[i..<i + 3] + [255] }
        return RGBAImage(width: small.width, height: small.height, pixels: pixels)
    }

    private mutating func paint() {
        let (w, h) = (image.width, image.height)
        fill(0, 0, w, h, pale())
        let header = h / 12 + next(h / 12)
        fill(0, 0, w, header, vivid())
        let sidebar = next(w / 4)
        fill(0, header, sidebar, h - header, pale())
        for _ in 0..<(2 + next(3)) {
            let (x, y) = (sidebar + 10 + next(w / 2), header + 10 + next(h / 2))
            let (cw, ch) = (w / 6 + next(w / 4), h / 6 + next(h / 4))
            fill(x, y, cw, ch, pale())
            for row in 0..<(ch / 20) { fill(x + 8, y + 8 + row * 20, 30 + next(max(1, cw - 40)), 8, dark()) }
        }
    }

    private mutating func next(_ bound: Int) -> Int {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return bound > 0 ? Int(state % UInt64(bound)) : 0
    }

    private mutating func pale() -> [UInt8] { [170, 170, 170].map { UInt8($0 + next(70)) } }
    private mutating func vivid() -> [UInt8] { [0, 0, 0].map { _ in UInt8(next(200)) } }
    private mutating func dark() -> [UInt8] { [20, 20, 20].map { UInt8($0 + next(80)) } }

    private mutating func fill(_ x: Int, _ y: Int, _ w: Int, _ h: Int, _ color: [UInt8]) {
        let (top, left) = (max(0, y), max(0, x))
        for row in top..<max(top, min(image.height, y + h)) {
            for column in left..<max(left, min(image.width, x + w)) {
                let offset = (row * image.width + column) * 4
                image.pixels.replaceSubrange(offset..<offset + 3, with: color)
            }
        }
    }
}
