/// The bytes a plain ANSI terminal would be sent to repaint runs of cells: a cursor move per
/// run, an SGR sequence when the style changes, then the characters. Colors as 256-color
/// indexes (24-bit colors as `38;2;R;G;B`). Used to count what a frame costs without ncurses.
public enum ANSIFrame {
    public static func bytes(_ runs: [GridRun]) -> [UInt8] {
        var out: [UInt8] = []
        var current: Style? = nil
        for run in runs {
            out += Array("\u{1B}[\(run.y + 1);\(run.x + 1)H".utf8)
            for cell in run.cells where cell.width != 0 {
                if cell.style != current {
                    out += Array(sgr(cell.style).utf8)
                    current = cell.style
                }
                out += Array(String(cell.symbol).utf8)
            }
        }
        return out
    }

    static func sgr(_ style: Style) -> String {
        var codes = ["0"]
        let attributes: [(TextAttributes, String)] = [(.bold, "1"), (.dim, "2"), (.italic, "3"), (.underline, "4"), (.blink, "5"), (.reverse, "7")]
        codes += attributes.filter { style.attributes.contains($0.0) }.map(\.1)
        codes += color(style.foreground, base: 38)
        codes += color(style.background, base: 48)
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    private static func color(_ color: Color, base: Int) -> [String] {
        switch color {
        case .terminalDefault: return []
        case .indexed(let n): return ["\(base)", "5", "\(n)"]
        case .rgb(let r, let g, let b): return ["\(base)", "2", "\(r)", "\(g)", "\(b)"]
        }
    }
}
