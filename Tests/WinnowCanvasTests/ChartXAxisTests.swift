import WinnowTestSupport
import XCTest
@testable import WinnowCanvas

final class ChartXAxisTests: XCTestCase {
    func labels(_ viewport: ClosedRange<Double>, width: Int) -> [String] { ChartXAxis.ticks(for: viewport, width: width).labels }

    func testTicksForTypicalRanges() {
        XCTAssertEqual(labels(0...10, width: 60), ["0", "2", "4", "6", "8", "10"])
        XCTAssertEqual(labels(0.3...0.7, width: 60), ["0.3", "0.4", "0.5", "0.6", "0.7"])
        XCTAssertEqual(labels(0.3...0.7, width: 100), ["0.30", "0.35", "0.40", "0.45", "0.50", "0.55", "0.60", "0.65", "0.70"])
        XCTAssertEqual(labels(0...23000, width: 60), ["0", "5000", "10000", "15000", "20000"])
        XCTAssertEqual(labels(0...23000, width: 20), ["0", "10000", "20000"], "three ticks where their labels fit")
        XCTAssertEqual(labels(-1...1, width: 40), ["-1.0", "-0.5", "0.0", "0.5", "1.0"])
        XCTAssertEqual(labels(12.3...17.9, width: 60), ["13", "14", "15", "16", "17"])
    }

    func testTickValuesAndStep() {
        let ticks = ChartXAxis.ticks(for: 0.3...0.7, width: 60)
        XCTAssertEqual(ticks.values, [0.3, 0.4, 0.5, 0.6, 0.7])
        XCTAssertEqual(ticks.step, 0.1)
        XCTAssertEqual(ticks.decimals, 1)
    }

    func testNoTicksWithoutRoom() {
        XCTAssertEqual(ChartXAxis.ticks(for: 5...5, width: 60), .none)
        XCTAssertEqual(ChartXAxis.ticks(for: 0...10, width: 0), .none)
    }

    /// A row of text with each part at its column.
    func row(_ parts: (Int, String)...) -> String {
        var line = ""
        for (x, text) in parts { line += String(repeating: " ", count: x - line.count) + text }
        return line
    }

    func testDrawnAxisWithUnitAndCursor() throws {
        var grid = Grid(width: 30, height: 2)
        let geometry = ChartGeometry(plotX: 5, plotWidth: 25, panels: [], viewport: 0...10)
        ChartXAxis(unit: "mm").draw(into: &grid, in: grid.bounds, geometry: geometry)
        let line = "    └┬" + String(repeating: "─", count: 11) + "┬" + String(repeating: "─", count: 11) + "┬"
        XCTAssertEqual(grid.plainTextLines(), [line, row((2, "mm"), (5, "0"), (17, "5"), (28, "10"))])
        let cursor = ChartCursor(x: 5.1, style: Style(attributes: .reverse))
        grid = Grid(width: 30, height: 2)
        ChartXAxis(unit: "mm").draw(into: &grid, in: grid.bounds, geometry: geometry, cursor: cursor)
        XCTAssertEqual(try grid.plainTextLines().element(1), row((2, "mm"), (5, "0"), (16, "5.1"), (28, "10")))
        XCTAssertEqual(grid[x: 18, y: 1], Cell("1", style: Style(attributes: .reverse)))
        XCTAssertEqual(grid[x: 15, y: 1], Cell(" ", style: Style(attributes: .reverse)))
    }

    func testCursorLabelGivenByTheCaller() {
        var grid = Grid(width: 30, height: 1)
        let geometry = ChartGeometry(plotX: 5, plotWidth: 25, panels: [], viewport: 0...10)
        ChartXAxis(unit: "sample").draw(into: &grid, in: grid.bounds, geometry: geometry, cursor: ChartCursor(x: 0, style: .plain, label: "#0"))
        // One row: labels only. The tick label under the cursor gives way; "sample" does not fit the 4-cell gutter.
        XCTAssertEqual(grid.plainTextLines(), [row((6, "#0"), (17, "5"), (28, "10"))])
    }

    func testASCIIAxis() {
        var grid = Grid(width: 16, height: 2)
        let geometry = ChartGeometry(plotX: 3, plotWidth: 13, panels: [], viewport: 0...1)
        ChartXAxis(unit: "s").draw(into: &grid, in: grid.bounds, geometry: geometry, ascii: true)
        // The last label is pulled left to stay inside the plot.
        XCTAssertEqual(grid.plainTextLines(), ["  ++-----+-----+", row((1, "s"), (3, "0.0"), (8, "0.5"), (13, "1.0"))])
    }
}
