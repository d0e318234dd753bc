import CNcursesw
import WinnowCanvas

/// Paints grids through curses, sending only the cells that changed since the last frame.
final class GridPainter {
    private let colors: TerminalColorMapper
    private let attributes: CursesAttributeBits
    private var pairs: ColorPairTable
    /// Without a UTF-8 locale ncursesw shows non-ASCII as blanks; '?' at least shows something.
    private let asciiOnly: Bool
    private var lastGrid: Grid?
    /// One cell's text for setcchar: a spacing scalar, up to four combining ones, NUL.
    private var text = [wchar_t](repeating: 0, count: 6)

    init(colors: TerminalColorMapper, attributes: CursesAttributeBits, pairs: ColorPairTable, asciiOnly: Bool) {
        self.colors = colors
        self.attributes = attributes
        self.pairs = pairs
        self.asciiOnly = asciiOnly
    }

    /// The next draw sends every cell, clearing the terminal first.
    func invalidate() {
        lastGrid = nil
        Curses.forceFullRepaint()
    }

    func draw(_ grid: Grid) {
        let previous = lastGrid.flatMap { $0.width == grid.width && $0.height == grid.height ? $0 : nil }
        if previous == nil { Curses.erase() }   // the grid may not cover the whole screen
        if !paint(grid, over: previous, canRunOutOfPairs: true) {
            // Pairs ran out mid-frame: start over with an empty table and a full repaint, since
            // cells already on screen may name pair numbers that now mean other colors.
            pairs.removeAll()
            Curses.resetPairs()
            Curses.forceFullRepaint()
            Curses.erase()
            paint(grid, over: nil, canRunOutOfPairs: false)
        }
        Curses.update()
        lastGrid = grid
    }

    /// Stores changed cells in curses' screen image; false if the pair budget ran out.
    @discardableResult
    private func paint(_ grid: Grid, over previous: Grid?, canRunOutOfPairs: Bool) -> Bool {
        let runs = grid.diff(from: previous)
        for run in runs {
            for (offset, cell) in run.cells.enumerated() where cell.width != 0 {
                guard let pair = pairNumber(for: cell.style) else {
                    if canRunOutOfPairs { return false }
                    put(cell, y: run.y, x: run.x + offset, pair: 0)
                    continue
                }
                put(cell, y: run.y, x: run.x + offset, pair: pair)
            }
        }
        return true
    }

    private func pairNumber(for style: Style) -> Int32? {
        guard colors.mode != .mono else { return 0 }
        return pairs.pair(foreground: colors.number(for: style.foreground, foreground: true),
                          background: colors.number(for: style.background, foreground: false))
    }

    private func put(_ cell: Cell, y: Int, x: Int, pair: Int32) {
        fillText(with: cell.symbol)
        let bits = attributes.bits(for: cell.style.attributes)
        text.withUnsafeBufferPointer { Curses.putCell(y: y, x: x, text: $0.baseAddress!, attributes: bits, pair: pair) }
    }

    /// Control characters would reach the terminal (or show as two-cell ^X): draw '?' instead.
    private func fillText(with symbol: Character) {
        var count = 0
        for scalar in symbol.unicodeScalars where count < text.count - 1 {
            let value = scalar.value
            let unsafe = value < 0x20 || (0x7F..<0xA0).contains(value) || (asciiOnly && value > 0x7E)
            text[count] = wchar_t(bitPattern: unsafe ? 0x3F : value)
            count += 1
            if unsafe { break }
        }
        if count == 0 { text[0] = 0x20; count = 1 }
        text[count] = 0
    }
}
