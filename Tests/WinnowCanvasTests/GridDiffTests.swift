import XCTest
@testable import WinnowCanvas

final class GridDiffTests: XCTestCase {
    func sampleGrid() -> Grid {
        var grid = Grid(width: 6, height: 3)
        grid.write("abc", x: 0, y: 0, style: .plain)
        grid.write("漢字", x: 1, y: 2, style: .plain)
        return grid
    }

    func testIdenticalGridsHaveNoChanges() {
        XCTAssertEqual(sampleGrid().diff(from: sampleGrid()), [])
    }

    func testOneChangedCellIsOneRunOfOneCell() {
        var next = sampleGrid()
        next[x: 2, y: 1] = Cell("x")
        XCTAssertEqual(next.diff(from: sampleGrid()), [GridRun(y: 1, x: 2, cells: [Cell("x")])])
    }

    func testAdjacentChangesMergeAndSeparateOnesDoNot() {
        var next = sampleGrid()
        next[x: 0, y: 0] = Cell("A")
        next[x: 1, y: 0] = Cell("B")
        next[x: 4, y: 0] = Cell("E")
        XCTAssertEqual(next.diff(from: sampleGrid()), [
            GridRun(y: 0, x: 0, cells: [Cell("A"), Cell("B")]),
            GridRun(y: 0, x: 4, cells: [Cell("E")]),
        ])
    }

    func testNilOrResizedPreviousRedrawsEverything() {
        let grid = sampleGrid()
        let full = (0..<3).map { y in GridRun(y: y, x: 0, cells: (0..<6).map { grid[x: $0, y: y] }) }
        XCTAssertEqual(grid.diff(from: nil), full)
        XCTAssertEqual(grid.diff(from: Grid(width: 6, height: 4)), full)
        XCTAssertEqual(grid.diff(from: Grid(width: 5, height: 3)), full)
        XCTAssertEqual(Grid(width: 0, height: 2).diff(from: nil), [])
    }

    func testChangedWideCharacterIncludesItsContinuation() {
        var next = sampleGrid()
        next[x: 1, y: 2] = Cell("語", width: 2)
        XCTAssertEqual(next.diff(from: sampleGrid()), [
            GridRun(y: 2, x: 1, cells: [Cell("語", width: 2), Cell(" ", width: 0)]),
        ])
    }

    func testChangedContinuationIncludesItsHead() {
        var next = sampleGrid()
        next[x: 4, y: 2] = Cell(" ", style: Style(background: .indexed(1)), width: 0)
        XCTAssertEqual(next.diff(from: sampleGrid()), [
            GridRun(y: 2, x: 3, cells: [Cell("字", width: 2), Cell(" ", style: Style(background: .indexed(1)), width: 0)]),
        ])
    }

    func testStyleOnlyChangeCounts() {
        var next = sampleGrid()
        next.restyle(Rect(x: 0, y: 0, width: 1, height: 1)) { _ in Style(attributes: .reverse) }
        XCTAssertEqual(next.diff(from: sampleGrid()), [GridRun(y: 0, x: 0, cells: [Cell("a", style: Style(attributes: .reverse))])])
    }
}
