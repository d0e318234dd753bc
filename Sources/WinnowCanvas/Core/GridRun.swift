/// Consecutive changed cells in one row of a grid: what the terminal layer redraws with a
/// single cursor move.
public struct GridRun: Equatable, Sendable {
    public var y: Int
    public var x: Int
    public var cells: [Cell]

    public init(y: Int, x: Int, cells: [Cell]) {
        self.y = y
        self.x = x
        self.cells = cells
    }
}
