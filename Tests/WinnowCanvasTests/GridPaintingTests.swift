import WinnowTestSupport
import XCTest
@testable import WinnowCanvas

final class GridPaintingTests: XCTestCase {
    func testFillClipsToTheGrid() {
        var grid = Grid(width: 4, height: 3)
        grid.fill(Rect(x: 2, y: 1, width: 5, height: 5), with: Cell("#"))
        XCTAssertEqual(grid.plainTextLines(), ["", "  ##", "  ##"])
    }

    func testFillWithAWideCellLaysPairs() {
        var grid = Grid(width: 5, height: 1)
        grid.fill(Rect(x: 0, y: 0, width: 5, height: 1), with: Cell("漢", width: 2))
        XCTAssertEqual(grid.cells.map(\.width), [2, 0, 2, 0, 1])
        XCTAssertEqual(grid.plainTextLines(), ["漢漢"])
    }

    func testRestyleKeepsSymbols() {
        var grid = Grid(width: 5, height: 2)
        grid.write("abcde", x: 0, y: 1, style: Style(foreground: .indexed(2)))
        grid.restyle(Rect(x: 1, y: 1, width: 2, height: 1)) { style in
            var highlighted = style
            highlighted.attributes.insert(.reverse)
            return highlighted
        }
        XCTAssertEqual(grid[x: 0, y: 1], Cell("a", style: Style(foreground: .indexed(2))))
        XCTAssertEqual(grid[x: 1, y: 1], Cell("b", style: Style(foreground: .indexed(2), attributes: .reverse)))
        XCTAssertEqual(grid[x: 2, y: 1], Cell("c", style: Style(foreground: .indexed(2), attributes: .reverse)))
        XCTAssertEqual(grid[x: 3, y: 1].style.attributes, [])
        XCTAssertEqual(grid.plainTextLines(), ["", "abcde"])
    }

    func testBoxDrawingBorder() {
        var grid = Grid(width: 7, height: 4)
        grid.drawBorder(Rect(x: 1, y: 0, width: 6, height: 3), style: .plain, ascii: false)
        XCTAssertEqual(grid.plainTextLines(), [" ┌────┐", " │    │", " └────┘", ""])
    }

    func testASCIIBorder() {
        var grid = Grid(width: 4, height: 3)
        grid.drawBorder(Rect(x: 0, y: 0, width: 4, height: 3), style: .plain, ascii: true)
        XCTAssertEqual(grid.plainTextLines(), ["+--+", "|  |", "+--+"])
    }

    func testBorderTooSmallDrawsNothing() {
        var grid = Grid(width: 4, height: 3)
        grid.drawBorder(Rect(x: 0, y: 0, width: 1, height: 3), style: .plain, ascii: false)
        XCTAssertEqual(grid.plainTextLines(), ["", "", ""])
    }

    func testTitleSitsInTheTopLineAndIsTruncated() throws {
        var grid = Grid(width: 12, height: 3)
        let frame = Rect(x: 0, y: 0, width: 12, height: 3)
        grid.drawBorder(frame, style: .plain, ascii: false)
        grid.drawTitle("Images", on: frame, style: .plain)
        XCTAssertEqual(try grid.plainTextLines().element(0), "┌ Images ──┐")
        grid.drawTitle("Screenshots of login", on: frame, style: .plain)
        XCTAssertEqual(try grid.plainTextLines().element(0), "┌ Screens… ┐")

        var fresh = Grid(width: 12, height: 3)
        fresh.drawBorder(frame, style: .plain, ascii: true)
        fresh.drawTitle("\u{1B}[2J", on: frame, style: .plain)
        XCTAssertEqual(try fresh.plainTextLines().element(0), "+ ^[[2J ---+")
    }

    func testPlainTextLinesSkipContinuationsAndTrimTrailingSpaces() {
        var grid = Grid(width: 6, height: 2)
        grid.write("字 a", x: 0, y: 0, style: .plain)
        XCTAssertEqual(grid.plainTextLines(), ["字 a", ""])
        XCTAssertEqual(grid.description, "字 a\n")
    }
}
