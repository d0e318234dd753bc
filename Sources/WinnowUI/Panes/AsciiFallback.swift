import WinnowCanvas

/// Without a UTF-8 locale the terminal cannot show anything but ASCII: after rendering, each
/// other character becomes its nearest ASCII stand-in (or `?`), in one place for all panes.
enum AsciiFallback {
    private static let standIns: [Character: Character] = [
        "·": ".", "…": "~", "✓": "+", "✗": "x", "»": ">", "▶": ">", "—": "-", "–": "-", "■": "#",
        "─": "-", "│": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+",
    ]

    static func apply(to grid: inout Grid) {
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                var cell = grid[x, y]
                guard cell.width == 0 || !cell.symbol.isASCII else { continue }
                cell.symbol = cell.width == 0 ? " " : standIns[cell.symbol] ?? "?"
                cell.width = 1
                grid[x, y] = cell
            }
        }
    }
}
