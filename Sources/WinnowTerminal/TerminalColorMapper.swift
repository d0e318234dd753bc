import WinnowCanvas

/// Turns Winnow colors into the color numbers this terminal understands.
struct TerminalColorMapper {
    let mode: ColorMode
    /// Palette entries the terminal has (8 on old terminals in ansi16 mode).
    let paletteSize: Int
    let hasDefaultColors: Bool

    func number(for color: Color, foreground: Bool) -> Int32 {
        switch color {
        case .terminalDefault:
            return hasDefaultColors ? -1 : (foreground ? 7 : 0)
        case .indexed(let index):
            return number(forIndexed: index)
        case .rgb(let r, let g, let b):
            return number(forRed: r, green: g, blue: b)
        }
    }

    private func number(forIndexed index: UInt8) -> Int32 {
        switch mode {
        case .mono: return -1
        case .indexed256: return Int32(index)
        case .ansi16 where index < 16: return fitted(Int32(index))
        case .direct where index < 8: return Int32(index)
        case .ansi16, .direct:
            let (r, g, b) = InterimColorQuantizer.rgb(ofXterm256: index)
            return number(forRed: r, green: g, blue: b)
        }
    }

    private func number(forRed r: UInt8, green g: UInt8, blue b: UInt8) -> Int32 {
        switch mode {
        case .mono: return -1
        case .indexed256: return Int32(InterimColorQuantizer.xterm256(r, g, b))
        case .ansi16: return fitted(Int32(InterimColorQuantizer.ansi16(r, g, b)))
        case .direct:
            // Direct-color terminfo reads values below 8 as the ANSI palette, not as dark blues.
            return max(8, Int32(r) << 16 | Int32(g) << 8 | Int32(b))
        }
    }

    /// Bright colors fall back to their dark twins on 8-color terminals.
    private func fitted(_ index: Int32) -> Int32 {
        index < paletteSize ? index : index - 8
    }
}

/// Stand-in for WinnowCanvas' ColorQuantizer until the branches merge: nearest xterm color by
/// squared RGB distance.
fileprivate enum InterimColorQuantizer {
    static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]
    static let ansiPalette: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    static func xterm256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        let (ri, gi, bi) = (cubeIndex(r), cubeIndex(g), cubeIndex(b))
        let cube = (cubeLevels[ri], cubeLevels[gi], cubeLevels[bi])
        let grayIndex = min(23, max(0, ((Int(r) + Int(g) + Int(b)) / 3 - 3) / 10))
        let gray = 8 + 10 * grayIndex
        let color = (Int(r), Int(g), Int(b))
        if distance(color, cube) <= distance(color, (gray, gray, gray)) {
            return UInt8(16 + 36 * ri + 6 * gi + bi)
        }
        return UInt8(232 + grayIndex)
    }

    static func ansi16(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        let color = (Int(r), Int(g), Int(b))
        let nearest = ansiPalette.indices.min { distance(color, ansiPalette[$0]) < distance(color, ansiPalette[$1]) }
        return UInt8(nearest ?? 0)
    }

    static func rgb(ofXterm256 index: UInt8) -> (UInt8, UInt8, UInt8) {
        let i = Int(index)
        let (r, g, b): (Int, Int, Int)
        switch i {
        case ..<16: (r, g, b) = ansiPalette[i]
        case ..<232: (r, g, b) = (cubeLevels[(i - 16) / 36], cubeLevels[(i - 16) / 6 % 6], cubeLevels[(i - 16) % 6])
        default: (r, g, b) = (8 + 10 * (i - 232), 8 + 10 * (i - 232), 8 + 10 * (i - 232))
        }
        return (UInt8(r), UInt8(g), UInt8(b))
    }

    private static func cubeIndex(_ value: UInt8) -> Int {
        value < 48 ? 0 : value < 115 ? 1 : (Int(value) - 35) / 40
    }

    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let (dr, dg, db) = (a.0 - b.0, a.1 - b.1, a.2 - b.2)
        return dr * dr + dg * dg + db * db
    }
}
