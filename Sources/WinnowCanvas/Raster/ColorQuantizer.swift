/// Mapping 24-bit colors onto the palettes terminals actually have. Runs once per pixel of
/// every thumbnail, so it is plain integer arithmetic with no tables to search.
public enum ColorQuantizer {
    /// The nearest xterm-256 color: the 6x6x6 cube (indices 16–231, levels 0, 95, 135, 175,
    /// 215, 255) or the gray ramp (232–255, levels 8 + 10k), whichever is closer.
    public static func xterm256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        let ri = cubeStep(r), gi = cubeStep(g), bi = cubeStep(b)
        let cubeDistance = distance(r, g, b, cubeLevel(ri), cubeLevel(gi), cubeLevel(bi))
        let grayStep = nearestGrayStep(r, g, b)
        let gray = UInt8(8 + 10 * grayStep)
        if distance(r, g, b, gray, gray, gray) < cubeDistance { return UInt8(232 + grayStep) }
        return UInt8(16 + 36 * ri + 6 * gi + bi)
    }

    /// The nearest of the 16 ANSI colors, taking xterm's default palette as their values.
    public static func ansi16(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        var best = 0, bestDistance = Int.max
        for (index, color) in ansiPalette.enumerated() {
            let d = distance(r, g, b, color.0, color.1, color.2)
            if d < bestDistance { best = index; bestDistance = d }
        }
        return UInt8(best)
    }

    /// The RGB value an indexed color shows as on xterm.
    public static func rgb(ofIndexed i: UInt8) -> (UInt8, UInt8, UInt8) {
        switch i {
        case 0..<16:
            return ansiPalette[Int(i)]
        case 16..<232:
            let n = Int(i) - 16
            return (cubeLevel(n / 36), cubeLevel(n / 6 % 6), cubeLevel(n % 6))
        default:
            let level = UInt8(8 + 10 * (Int(i) - 232))
            return (level, level, level)
        }
    }

    /// Index 0...5 of the cube level nearest to `v` (midpoints 48, 115, 155, 195, 235).
    @inline(__always)
    private static func cubeStep(_ v: UInt8) -> Int {
        v < 48 ? 0 : v < 115 ? 1 : (Int(v) - 35) / 40
    }

    @inline(__always)
    private static func cubeLevel(_ step: Int) -> UInt8 {
        step == 0 ? 0 : UInt8(55 + 40 * step)
    }

    /// Step 0...23 of the gray ramp nearest to the mean of the channels.
    @inline(__always)
    private static func nearestGrayStep(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        let mean = (Int(r) + Int(g) + Int(b)) / 3
        return min(23, max(0, (mean - 3) / 10))
    }

    @inline(__always)
    private static func distance(_ r: UInt8, _ g: UInt8, _ b: UInt8, _ r2: UInt8, _ g2: UInt8, _ b2: UInt8) -> Int {
        let dr = Int(r) - Int(r2), dg = Int(g) - Int(g2), db = Int(b) - Int(b2)
        return dr * dr + dg * dg + db * db
    }

    private static let ansiPalette: [(UInt8, UInt8, UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
}
