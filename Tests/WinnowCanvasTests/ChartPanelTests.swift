import WinnowTestSupport
import XCTest
@testable import WinnowCanvas

final class ChartPanelTests: XCTestCase {
    let ramp = Array(0...11).map(Double.init)

    func draw(_ series: ChartSeries, width: Int = 13, height: Int = 4, gutter: Int = 7, cursorX: Double? = nil,
              viewport: ClosedRange<Double> = 0...11, ascii: Bool = false) -> Grid {
        var grid = Grid(width: width, height: height)
        ChartPanel(series: series, gutterWidth: gutter).draw(xs: nil, viewport: viewport, cursorX: cursorX, into: &grid, in: grid.bounds, ascii: ascii)
        return grid
    }

    func testRampLine() {
        // 6x3 cells = 12x12 dots, y = x on 0...11: one dot per column on the diagonal.
        let grid = draw(ChartSeries(title: "Ramp", unit: "A", values: ramp, yRange: .fixed(0...11)))
        XCTAssertEqual(grid.plainTextLines(), [
            "Ramp (A)",
            "    11┤    ⡠⠊",
            "     6┤  ⡠⠊",
            "     0┤⡠⠊",
        ])
    }

    func testStepSeriesHoldsLevelsAndJumps() {
        let steps: [Double] = [0, 0, 0, 0, 1, 1, 1, 1, 3, 3, 3, 3]
        let grid = draw(ChartSeries(title: "Step", unit: "", values: steps, shape: .steps, yRange: .fixed(0...3)))
        XCTAssertEqual(grid.plainTextLines(), [
            "Step",
            "   3.0┤    ⡏⠉",
            "   1.6┤  ⣀⣀⡇",
            "   0.0┤⣀⣀⡇",
        ])
    }

    func testSteepLineIsJoinedAcrossColumns() {
        let grid = draw(ChartSeries(title: "Jump", unit: "", values: [0, 0, 0, 0, 0, 11, 11, 11, 11, 11, 11, 11], yRange: .fixed(0...11)))
        XCTAssertEqual(grid.plainTextLines(), [
            "Jump",
            "    11┤  ⢸⠉⠉⠉",
            "     6┤  ⡜",
            "     0┤⣀⣀⡇",
        ])
    }

    func testConstantSeriesGetsARangeAroundItsValue() {
        let grid = draw(ChartSeries(title: "Flat", unit: "A", values: Array(repeating: 5, count: 12)))
        XCTAssertEqual(grid.plainTextLines(), [
            "Flat (A)",
            "  5.30┤",
            "  5.00┤⠤⠤⠤⠤⠤⠤",
            "  4.70┤",
        ])
    }

    func testAllNaNSeriesDrawsAxisButNoTrace() {
        let grid = draw(ChartSeries(title: "None", unit: "A", values: Array(repeating: .nan, count: 12)), cursorX: 3)
        XCTAssertEqual(grid.plainTextLines(), [
            "None (A)    –",
            "   1.1┤",
            "   0.5┤",
            "  -0.1┤",
        ])
    }

    func testAutomaticRangeLabelsAndUnitInTheGutter() {
        let values = (0..<24).map { Double($0) * 0.5 } // 0...11.5
        let grid = draw(ChartSeries(title: "Torque", unit: "A", values: values), width: 12, height: 7, viewport: 0...23)
        // Padded 3% and widened to whole numbers: -1...12, the middle label at the round 6.
        XCTAssertEqual(grid.plainTextLines().map { String($0.prefix(7)) }, [
            "Torque",
            "    12┤",
            "     A│",
            "     6┤",
            "      │",
            "      │",
            "    -1┤",
        ])
    }

    func testReadoutShowsTheValueOrRangeUnderTheCursor() throws {
        let grid = draw(ChartSeries(title: "Ramp", unit: "A", values: ramp, yRange: .fixed(0...11)), cursorX: 5)
        XCTAssertEqual(try grid.plainTextLines().element(0), "Ramp (A)  5.0")
        let dense = (0..<120).map { Double($0) / 10 } // ten samples per column
        let wide = draw(ChartSeries(title: "Ramp", unit: "A", values: dense, yRange: .fixed(0...12)), width: 20, cursorX: 50, viewport: 0...119)
        XCTAssertEqual(try wide.plainTextLines().element(0), "Ramp (A)     4.6…5.0")
        let off = draw(ChartSeries(title: "Ramp", unit: "A", values: ramp, yRange: .fixed(0...11)), cursorX: 30)
        XCTAssertEqual(try off.plainTextLines().element(0), "Ramp (A)")
    }

    func testTraceTakesTheSeriesStyleAndAxisTheTheme() {
        var grid = Grid(width: 13, height: 4)
        let series = ChartSeries(title: "Ramp", unit: "A", values: ramp, style: Style(foreground: .indexed(2)), yRange: .fixed(0...11))
        let theme = ChartTheme(title: Style(attributes: .bold), label: Style(foreground: .indexed(8)), axis: Style(foreground: .indexed(7)))
        ChartPanel(series: series, theme: theme).draw(xs: nil, viewport: 0...11, into: &grid, in: grid.bounds)
        XCTAssertEqual(grid[x: 7, y: 3], Cell("⡠", style: Style(foreground: .indexed(2))))
        XCTAssertEqual(grid[x: 6, y: 3], Cell("┤", style: Style(foreground: .indexed(7))))
        XCTAssertEqual(grid[x: 5, y: 3], Cell("0", style: Style(foreground: .indexed(8))))
        XCTAssertEqual(grid[x: 0, y: 0], Cell("R", style: Style(attributes: .bold)))
        XCTAssertEqual(grid[x: 8, y: 2], Cell.blank) // untouched cells keep what was there
    }

    func testASCII() {
        let grid = draw(ChartSeries(title: "Ramp", unit: "A", values: ramp, yRange: .fixed(0...11)), ascii: true)
        XCTAssertEqual(grid.plainTextLines(), [
            "Ramp (A)",
            "    11+    .'",
            "     6+  .'",
            "     0+.'",
        ])
    }

    func testZeroSizedRectsDrawNothing() {
        var grid = Grid(width: 5, height: 3, fill: Cell("x"))
        let before = grid
        let panel = ChartPanel(series: ChartSeries(title: "T", unit: "A", values: ramp))
        let geometry = panel.draw(xs: nil, viewport: 0...11, cursorX: 2, into: &grid, in: Rect(x: 1, y: 0, width: 0, height: 3))
        panel.draw(xs: nil, viewport: 0...11, into: &grid, in: Rect(x: 1, y: 1, width: 4, height: 0))
        XCTAssertEqual(grid, before)
        XCTAssertEqual(geometry.dotColumns, 0)
    }

    func testOneRowPanelHasNoHeader() {
        let grid = draw(ChartSeries(title: "Ramp", unit: "A", values: ramp, yRange: .fixed(0...11)), height: 1)
        XCTAssertEqual(grid.plainTextLines(), ["    11┤⣀⠤⠤⠒⠒⠉"])
    }
}
