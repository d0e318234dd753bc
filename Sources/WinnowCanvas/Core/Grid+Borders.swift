/// Pane frames.
extension Grid {
    /// Draws a frame on the outermost cells of `rect` (┌─┐│└┘, or +-| when the terminal has
    /// no UTF-8). Rects smaller than 2x2 get no frame.
    public mutating func drawBorder(_ rect: Rect, style: Style, ascii: Bool) {
        guard rect.width >= 2 && rect.height >= 2 else { return }
        let glyphs: BorderGlyphs = ascii ? .ascii : .boxDrawing
        for x in (rect.x + 1)..<(rect.maxX - 1) {
            place(Cell(glyphs.horizontal, style: style), x: x, y: rect.y)
            place(Cell(glyphs.horizontal, style: style), x: x, y: rect.maxY - 1)
        }
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            place(Cell(glyphs.vertical, style: style), x: rect.x, y: y)
            place(Cell(glyphs.vertical, style: style), x: rect.maxX - 1, y: y)
        }
        place(Cell(glyphs.topLeft, style: style), x: rect.x, y: rect.y)
        place(Cell(glyphs.topRight, style: style), x: rect.maxX - 1, y: rect.y)
        place(Cell(glyphs.bottomLeft, style: style), x: rect.x, y: rect.maxY - 1)
        place(Cell(glyphs.bottomRight, style: style), x: rect.maxX - 1, y: rect.maxY - 1)
    }

    /// Writes ` title ` into the top line of a frame drawn on `rect`, after the left corner,
    /// truncated with `…` so both corners stay visible. Needs at least 3 columns inside.
    public mutating func drawTitle(_ title: String, on rect: Rect, style: Style) {
        let inside = rect.width - 2
        guard inside >= 3 && rect.height >= 1 else { return }
        let text = TerminalText.truncated(TerminalText.sanitized(title), toWidth: inside - 2)
        write(" " + text + " ", x: rect.x + 1, y: rect.y, style: style, maxWidth: inside)
    }
}

private struct BorderGlyphs {
    var horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: Character

    static let boxDrawing = BorderGlyphs(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘")
    static let ascii = BorderGlyphs(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+")
}
