import WinnowImaging

/// An opaque RGBA drawing surface with the few primitives GUI mock-ups need. Everything clips
/// to the canvas, so widgets may hang over an edge.
struct ScreenCanvas {
    let width: Int
    let height: Int
    private var pixels: [UInt8]

    init(width: Int, height: Int, background: PaintColor) {
        self.width = width
        self.height = height
        pixels = [UInt8](repeating: 255, count: width * height * 4)
        fill(PixelRect(x: 0, y: 0, width: width, height: height), background)
    }

    var image: RGBAImage { RGBAImage(width: width, height: height, pixels: pixels) }

    mutating func fill(_ rect: PixelRect, _ color: PaintColor) {
        let x0 = max(0, rect.x), x1 = min(width, rect.maxX)
        guard x0 < x1 else { return }
        for y in max(0, rect.y)..<max(max(0, rect.y), min(height, rect.maxY)) {
            fillRow(y: y, from: x0, to: x1, color)
        }
    }

    /// A filled rectangle with quarter-circle corners of `radius`.
    mutating func fillRounded(_ rect: PixelRect, radius: Int, _ color: PaintColor) {
        for row in 0..<rect.height {
            let fromEdge = min(row, rect.height - 1 - row)
            var inset = 0
            if fromEdge < radius {
                let dy = Double(radius - fromEdge) - 0.5
                inset = radius - Int((Double(radius * radius) - dy * dy).squareRoot().rounded())
            }
            fillRow(y: rect.y + row, from: rect.x + inset, to: rect.maxX - inset, color)
        }
    }

    mutating func stroke(_ rect: PixelRect, _ color: PaintColor, thickness: Int = 1) {
        fill(PixelRect(x: rect.x, y: rect.y, width: rect.width, height: thickness), color)
        fill(PixelRect(x: rect.x, y: rect.maxY - thickness, width: rect.width, height: thickness), color)
        fill(PixelRect(x: rect.x, y: rect.y, width: thickness, height: rect.height), color)
        fill(PixelRect(x: rect.maxX - thickness, y: rect.y, width: thickness, height: rect.height), color)
    }

    /// A ring (or a disc when `thickness` reaches the radius) centred on a pixel.
    mutating func circle(centerX: Int, centerY: Int, radius: Int, thickness: Int, _ color: PaintColor) {
        let outer = Double(radius) + 0.5, inner = Double(radius - thickness) + 0.5
        for dy in -radius...radius {
            for dx in -radius...radius {
                let distance = Double(dx * dx + dy * dy).squareRoot()
                if distance <= outer && distance >= inner { set(x: centerX + dx, y: centerY + dy, color) }
            }
        }
    }

    /// A straight line drawn as overlapping squares, for ✕ marks, ticks and magnifier handles.
    mutating func line(from start: (Int, Int), to end: (Int, Int), thickness: Int, _ color: PaintColor) {
        let steps = max(abs(end.0 - start.0), abs(end.1 - start.1), 1)
        for step in 0...steps {
            let x = start.0 + (end.0 - start.0) * step / steps
            let y = start.1 + (end.1 - start.1) * step / steps
            fill(PixelRect(x: x - thickness / 2, y: y - thickness / 2, width: thickness, height: thickness), color)
        }
    }

    /// Mixes every pixel toward `color`, as a modal's backdrop dims the page.
    mutating func veil(_ color: PaintColor, amount: Double) {
        let keep = Int(((1 - amount) * 256).rounded()), add = 256 - keep
        let channels = [Int(color.r), Int(color.g), Int(color.b)]
        pixels.withUnsafeMutableBufferPointer { p in
            for i in stride(from: 0, to: p.count, by: 4) {
                for c in 0..<3 { p[i + c] = UInt8((Int(p[i + c]) * keep + channels[c] * add) >> 8) }
            }
        }
    }

    private mutating func fillRow(y: Int, from x0: Int, to x1: Int, _ color: PaintColor) {
        guard y >= 0, y < height else { return }
        let start = max(0, x0), end = min(width, x1)
        guard start < end else { return }
        pixels.withUnsafeMutableBufferPointer { p in
            var i = (y * width + start) * 4
            for _ in start..<end {
                p[i] = color.r; p[i + 1] = color.g; p[i + 2] = color.b; p[i + 3] = 255
                i += 4
            }
        }
    }

    private mutating func set(x: Int, y: Int, _ color: PaintColor) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let i = (y * width + x) * 4
        pixels[i] = color.r; pixels[i + 1] = color.g; pixels[i + 2] = color.b
    }
}
