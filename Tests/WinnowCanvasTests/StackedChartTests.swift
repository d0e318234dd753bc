import WinnowTestSupport
import XCTest
@testable import WinnowCanvas

final class StackedChartTests: XCTestCase {
    let torque = (0...25).map { Double($0) }
    let step: [Double] = (0...25).map { $0 < 8 ? 1 : $0 < 18 ? 2 : 3 }
    let entry = Style(foreground: .indexed(1))
    let transition = Style(foreground: .indexed(5))
    let cursorStyle = Style(foreground: .indexed(3))

    var series: [ChartSeries] {
        [ChartSeries(title: "Torque", unit: "A", values: torque, style: Style(foreground: .indexed(2)), yRange: .fixed(0...25)),
         ChartSeries(title: "Step", unit: "", values: step, shape: .steps, yRange: .fixed(0...4))]
    }

    /// 20x11: marker row, two panels of a header and 3 plot rows, two axis rows. The plot is
    /// 13 cells (26 dot columns) from x = 7 over samples 0...25.
    func draw(markers: [ChartMarker] = [], cursor: ChartCursor? = nil, ascii: Bool = false) -> (Grid, ChartGeometry) {
        var grid = Grid(width: 20, height: 11)
        let geometry = StackedChart.draw(series, xs: nil, viewport: 0...25, xAxis: ChartXAxis(unit: "sample"),
                                         markers: markers, cursor: cursor, ascii: ascii, into: &grid, in: grid.bounds)
        return (grid, geometry)
    }

    var markers: [ChartMarker] {
        [ChartMarker(x: 10, label: "E", style: entry), ChartMarker(x: 20, label: "T", style: transition, selected: true)]
    }

    func testLayoutAndGeometry() {
        let (grid, geometry) = draw()
        XCTAssertEqual(geometry, ChartGeometry(plotX: 7, plotWidth: 13,
                                               panels: [Rect(x: 7, y: 2, width: 13, height: 3), Rect(x: 7, y: 6, width: 13, height: 3)],
                                               viewport: 0...25))
        // Step 1 → 2 at sample 8 (dot column 8), 2 → 3 at sample 18 (dot column 18); the middle
        // torque label takes the unit's row, so the unit joins the title.
        XCTAssertEqual(grid.plainTextLines(), [
            "",
            "Torque (A)",
            "    25┤         ⣀⠤⠒⠉",
            "    12┤    ⣀⡠⠔⠊⠉",
            "     0┤⣀⠤⠒⠉",
            "Step",
            "   4.0┤         ⣀⣀⣀⣀",
            "   2.0┤    ⡤⠤⠤⠤⠤⠇",
            "   0.0┤⠉⠉⠉⠉⠁",
            "      └┬────┬────┬──",
            "sample 0    10   20",
        ])
    }

    func testMarkersCrossEveryPlotKeepingTheTrace() throws {
        let (plain, _) = draw()
        let (grid, _) = draw(markers: markers)
        XCTAssertEqual(grid[x: 12, y: 0], Cell("E", style: entry))
        XCTAssertEqual(grid[x: 17, y: 0], Cell("T", style: Style(foreground: .indexed(5), attributes: [.bold, .reverse])))
        for y in [2, 3, 4, 6, 7, 8] {
            // x = 10 is dot column 10 (left half of cell 12), x = 20 dot column 20 (left half of cell 17).
            XCTAssertEqual(grid[x: 12, y: y], Cell(braille(bits(plain[x: 12, y: y]) | 0x47), style: entry))
            XCTAssertEqual(grid[x: 17, y: y], try Cell(braille(bits(plain[x: 17, y: y]) | 0x47), style: markers.element(1).drawnStyle))
        }
        for y in [1, 5, 9, 10] { XCTAssertEqual(grid[x: 12, y: y], plain[x: 12, y: y]) } // headers and axis untouched
    }

    func testCursorLineReadoutsAndAxisLabel() throws {
        let (plain, _) = draw()
        let (grid, _) = draw(cursor: ChartCursor(x: 15, style: cursorStyle))
        for y in [2, 3, 4, 6, 7, 8] {
            // x = 15 is dot column 15: the right half of cell 14, dashed (dot rows 1 and 3 of 4).
            XCTAssertEqual(grid[x: 14, y: y], Cell(braille(bits(plain[x: 14, y: y]) | 0x28), style: cursorStyle))
        }
        let lines = grid.plainTextLines()
        XCTAssertEqual(try lines.element(1), "Torque (A)      15.0")
        XCTAssertEqual(try lines.element(5), "Step            2.00")   // one decimal more than the 0.5-step labels
        XCTAssertEqual(try lines.element(10), "sample 0     15.0")     // the tick label 20 gives way to the cursor's
        XCTAssertEqual(grid[x: 13, y: 10].style, cursorStyle)
    }

    func testSelectedMarkerIsDrawnOverTheCursorAndOthers() {
        let (grid, _) = draw(markers: [ChartMarker(x: 15, label: "X", style: entry, selected: true), ChartMarker(x: 15.1, label: "E", style: transition)],
                             cursor: ChartCursor(x: 15, style: cursorStyle))
        XCTAssertEqual(grid[x: 14, y: 0], Cell("X", style: Style(foreground: .indexed(1), attributes: [.bold, .reverse])))
        XCTAssertEqual(grid[x: 14, y: 3].style, Style(foreground: .indexed(1), attributes: [.bold, .reverse]))
    }

    func testMarkersOutsideTheViewportAreLeftOut() {
        let (plain, _) = draw()
        let (grid, _) = draw(markers: [ChartMarker(x: -1, label: "E", style: entry), ChartMarker(x: 25.5, label: "X", style: entry)],
                             cursor: ChartCursor(x: 40, style: cursorStyle))
        XCTAssertEqual(grid, plain)
    }

    func testASCIIMarkers() throws {
        let (grid, _) = draw(markers: markers, ascii: true)
        let lines = grid.plainTextLines()
        XCTAssertEqual(try lines.element(0), "            E    T")
        XCTAssertEqual(try lines.element(3), "    12+    .|:'' |")
        XCTAssertEqual(grid[x: 12, y: 3], Cell("|", style: entry))
        XCTAssertEqual(try lines.element(9), "      ++----+----+--")
    }

    func testZeroWidthAndTinyRects() {
        var grid = Grid(width: 4, height: 3, fill: Cell("x"))
        let before = grid
        let geometry = StackedChart.draw(series, xs: nil, viewport: 0...25, xAxis: ChartXAxis(unit: "mm"), markers: markers,
                                         cursor: ChartCursor(x: 3, style: .plain), into: &grid, in: Rect(x: 2, y: 0, width: 0, height: 3))
        XCTAssertEqual(grid, before)
        XCTAssertEqual(geometry.dotColumns, 0)
        for height in 0..<8 {
            var small = Grid(width: 9, height: height)
            StackedChart.draw(series, xs: nil, viewport: 0...25, xAxis: ChartXAxis(unit: "mm"), markers: markers,
                              cursor: ChartCursor(x: 3, style: .plain), into: &small, in: small.bounds)
        }
    }

    func testLayoutShares() {
        XCTAssertEqual(StackedChartLayout.share(10, by: [1, 1, 1]), [4, 3, 3])
        XCTAssertEqual(StackedChartLayout.share(10, by: [2, 1]), [7, 3])
        XCTAssertEqual(StackedChartLayout.share(3, by: [1, 0]), [2, 1])
        XCTAssertEqual(StackedChartLayout.share(0, by: [1, 1]), [0, 0])
        let roomy = StackedChartLayout(rect: Rect(x: 0, y: 0, width: 10, height: 11), weights: [1, 1])
        XCTAssertEqual(roomy.markerRow, 0)
        XCTAssertEqual(roomy.panels, [Rect(x: 0, y: 1, width: 10, height: 4), Rect(x: 0, y: 5, width: 10, height: 4)])
        XCTAssertEqual(roomy.axis, Rect(x: 0, y: 9, width: 10, height: 2))
        let tight = StackedChartLayout(rect: Rect(x: 0, y: 0, width: 10, height: 5), weights: [1, 1])
        XCTAssertNil(tight.markerRow)
        XCTAssertEqual(tight.panels, [Rect(x: 0, y: 0, width: 10, height: 2), Rect(x: 0, y: 2, width: 10, height: 2)])
        XCTAssertEqual(tight.axis, Rect(x: 0, y: 4, width: 10, height: 1))
    }

    private func bits(_ cell: Cell) -> UInt8 { Grid.brailleBits(of: cell.symbol) }
    private func braille(_ bits: UInt8) -> Character { Character(Unicode.Scalar(0x2800 + UInt32(bits))!) }
}
