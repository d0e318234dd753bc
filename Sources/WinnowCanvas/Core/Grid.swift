/// A screen's worth of cells, row-major. Rendering writes into a Grid; the terminal layer
/// diffs two Grids and draws only what changed.
public struct Grid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    // Settable inside the module so bulk painters can index directly.
    public internal(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: fill, count: self.width * self.height)
    }

    /// The whole grid as a rect, for clipping.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < width && y < height }

    /// Reads return a blank cell outside the grid; writes outside are ignored, so callers
    /// can draw without clipping first.
    public subscript(x: Int, y: Int) -> Cell {
        get { contains(x: x, y: y) ? cells[y * width + x] : .blank }
        set { if contains(x: x, y: y) { cells[y * width + x] = newValue } }
    }

    /// The same cell access with labels (`grid[x: 3, y: 1]`), for call sites that read better so.
    public subscript(x x: Int, y y: Int) -> Cell {
        get { self[x, y] }
        set { self[x, y] = newValue }
    }
}
