/// A dot raster for signal charts: each cell is a 2x4 braille pattern (U+2800 + bits), so a
/// 100x20 pane plots 200x80 points. Dots are set in dot coordinates, (0, 0) top-left.
public struct BrailleCanvas: Sendable {
    public let columns: Int
    public let rows: Int
    /// Dot bits per cell, row-major.
    private var patterns: [UInt8]
    /// The color of the last dot set in each cell, if it had one.
    private var colors: [Color?]

    public init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        patterns = Array(repeating: 0, count: self.columns * self.rows)
        colors = Array(repeating: nil, count: self.columns * self.rows)
    }

    public var dotWidth: Int { columns * 2 }
    public var dotHeight: Int { rows * 4 }

    /// Turns one dot on; dots outside the canvas are ignored. A color recolors the whole cell
    /// (a terminal cell has one foreground), so the last colored dot in a cell wins.
    public mutating func set(x: Int, y: Int, color: Color? = nil) {
        guard x >= 0 && y >= 0 && x < dotWidth && y < dotHeight else { return }
        let index = (y >> 2) * columns + (x >> 1)
        patterns[index] |= Self.dotBits[x & 1][y & 3]
        if let color { colors[index] = color }
    }

    /// Whether a dot is on (false outside the canvas).
    public func isSet(x: Int, y: Int) -> Bool {
        guard x >= 0 && y >= 0 && x < dotWidth && y < dotHeight else { return false }
        return patterns[(y >> 2) * columns + (x >> 1)] & Self.dotBits[x & 1][y & 3] != 0
    }

    /// Turns all dots off.
    public mutating func clear() {
        for i in patterns.indices { patterns[i] = 0; colors[i] = nil }
    }

    /// Bit of each dot, by column then row: the braille numbering 1-2-3-7 down the left
    /// column and 4-5-6-8 down the right.
    static let dotBits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    func pattern(column: Int, row: Int) -> UInt8 { patterns[row * columns + column] }
    func color(column: Int, row: Int) -> Color? { colors[row * columns + column] }
}
