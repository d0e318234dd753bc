import WinnowTestSupport
import XCTest
@testable import WinnowCanvas

final class BrailleCanvasTests: XCTestCase {
    func render(_ canvas: BrailleCanvas, ascii: Bool = false) -> [String] {
        var grid = Grid(width: canvas.columns, height: canvas.rows)
        canvas.draw(into: &grid, x: 0, y: 0, style: .plain, ascii: ascii)
        return grid.plainTextLines()
    }

    func single(_ dots: [(Int, Int)]) throws -> String {
        var canvas = BrailleCanvas(columns: 1, rows: 1)
        for (x, y) in dots { canvas.set(x: x, y: y) }
        return try render(canvas).element(0)
    }

    func testSize() {
        let canvas = BrailleCanvas(columns: 3, rows: 2)
        XCTAssertEqual(canvas.dotWidth, 6)
        XCTAssertEqual(canvas.dotHeight, 8)
    }

    func testDotBits() throws {
        XCTAssertEqual(try single([(0, 0)]), "\u{2801}")
        XCTAssertEqual(try single([(0, 1)]), "\u{2802}")
        XCTAssertEqual(try single([(0, 2)]), "\u{2804}")
        XCTAssertEqual(try single([(0, 3)]), "\u{2840}")
        XCTAssertEqual(try single([(1, 0)]), "\u{2808}")
        XCTAssertEqual(try single([(1, 1)]), "\u{2810}")
        XCTAssertEqual(try single([(1, 2)]), "\u{2820}")
        XCTAssertEqual(try single([(1, 3)]), "\u{2880}")
        XCTAssertEqual(try single([(0, 0), (1, 3)]), "⢁")
        XCTAssertEqual(try single((0..<2).flatMap { x in (0..<4).map { (x, $0) } }), "⣿")
        XCTAssertEqual(try single([(2, 0), (0, 4), (-1, 0)]), "")     // outside: ignored
    }

    func testDiagonalLine() {
        var canvas = BrailleCanvas(columns: 4, rows: 2)
        canvas.line(from: (0, 0), to: (7, 7), color: nil)
        XCTAssertEqual(render(canvas), ["⠑⢄", "  ⠑⢄"])
        XCTAssertTrue(canvas.isSet(x: 5, y: 5))
        XCTAssertFalse(canvas.isSet(x: 5, y: 4))
    }

    func testShallowLineAndClipping() {
        var canvas = BrailleCanvas(columns: 2, rows: 1)
        canvas.line(from: (-100, 2), to: (100, 2), color: nil)
        XCTAssertEqual(render(canvas), ["⠤⠤"])
        var steep = BrailleCanvas(columns: 1, rows: 2)
        steep.line(from: (1, 1_000_000), to: (1, -1_000_000), color: nil)
        XCTAssertEqual(render(steep), ["⢸", "⢸"])
        var missing = BrailleCanvas(columns: 1, rows: 1)
        missing.line(from: (5, 0), to: (9, 3), color: nil)
        XCTAssertEqual(render(missing), [""])
    }

    func testEmptyCellsLeaveTheGridAndColorsFollowTheLastDot() {
        var canvas = BrailleCanvas(columns: 3, rows: 1)
        canvas.set(x: 0, y: 0, color: .indexed(1))
        canvas.set(x: 1, y: 0, color: .indexed(2))
        canvas.set(x: 4, y: 3)
        var grid = Grid(width: 4, height: 1, fill: Cell("x"))
        canvas.draw(into: &grid, x: 0, y: 0, style: Style(foreground: .indexed(7)))
        XCTAssertEqual(grid.cells, [
            Cell("⠉", style: Style(foreground: .indexed(2))),
            Cell("x"),
            Cell("⡀", style: Style(foreground: .indexed(7))),
            Cell("x"),
        ])
    }

    func testASCIIFallback() {
        XCTAssertEqual(BrailleCanvas.asciiFallback(0x01), "'")
        XCTAssertEqual(BrailleCanvas.asciiFallback(0x09), "'")
        XCTAssertEqual(BrailleCanvas.asciiFallback(0x40), ".")
        XCTAssertEqual(BrailleCanvas.asciiFallback(0x24), ".")
        XCTAssertEqual(BrailleCanvas.asciiFallback(0x06), ":")
        XCTAssertEqual(BrailleCanvas.asciiFallback(0x41), "|")
        var canvas = BrailleCanvas(columns: 4, rows: 2)
        canvas.line(from: (0, 0), to: (7, 7), color: nil)
        XCTAssertEqual(render(canvas, ascii: true), ["'.", "  '."])
    }

    func testClear() {
        var canvas = BrailleCanvas(columns: 1, rows: 1)
        canvas.set(x: 0, y: 0, color: .indexed(1))
        canvas.clear()
        XCTAssertEqual(render(canvas), [""])
    }
}
