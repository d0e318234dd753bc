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
            let (r, g, b) = ColorQuantizer.rgb(ofIndexed: index)
            return number(forRed: r, green: g, blue: b)
        }
    }

    private func number(forRed r: UInt8, green g: UInt8, blue b: UInt8) -> Int32 {
        switch mode {
        case .mono: return -1
        case .indexed256: return Int32(ColorQuantizer.xterm256(r, g, b))
        case .ansi16: return fitted(Int32(ColorQuantizer.ansi16(r, g, b)))
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
