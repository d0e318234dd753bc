import WinnowCanvas

/// Writes lines top to bottom inside a rect, stopping at its bottom edge.
struct PaneWriter {
    let rect: Rect
    private(set) var y: Int

    init(_ rect: Rect) {
        self.rect = rect
        self.y = rect.y
    }

    var hasRoom: Bool { y < rect.maxY }

    /// Writes spans of differently styled text on one line.
    mutating func line(_ spans: [(String, Style)], into grid: inout Grid) {
        guard hasRoom else { return }
        var x = rect.x
        for (text, style) in spans where x < rect.maxX {
            x += grid.write(text, x: x, y: y, style: style, maxWidth: rect.maxX - x)
        }
        y += 1
    }

    mutating func line(_ text: String, _ style: Style, into grid: inout Grid) {
        line([(text, style)], into: &grid)
    }

    mutating func skip() { y += 1 }
}
