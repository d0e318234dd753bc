import XCTest
@testable import WinnowCanvas

final class GridTextTests: XCTestCase {
    let bold = Style(foreground: .indexed(3), attributes: .bold)

    func testWriteReturnsColumnsAndUsesStyle() {
        var grid = Grid(width: 10, height: 1)
        XCTAssertEqual(grid.write("hello", x: 2, y: 0, style: bold), 5)
        XCTAssertEqual(grid.plainTextLines(), ["  hello"])
        XCTAssertEqual(grid[x: 2, y: 0], Cell("h", style: bold))
        XCTAssertEqual(grid[x: 7, y: 0], Cell.blank)
    }

    func testWriteClipsAtMaxWidthAndGridEdge() {
        var grid = Grid(width: 5, height: 2)
        XCTAssertEqual(grid.write("hello", x: 0, y: 0, style: .plain, maxWidth: 3), 3)
        XCTAssertEqual(grid.write("abcdef", x: 3, y: 1, style: .plain), 2)
        XCTAssertEqual(grid.plainTextLines(), ["hel", "   ab"])
        XCTAssertEqual(grid.write("x", x: 5, y: 0, style: .plain), 0)
        XCTAssertEqual(grid.write("x", x: 0, y: 0, style: .plain, maxWidth: 0), 0)
    }

    func testWideCharactersTakeTwoCells() {
        var grid = Grid(width: 5, height: 1)
        XCTAssertEqual(grid.write("漢字", x: 0, y: 0, style: bold), 4)
        XCTAssertEqual(grid.cells, [
            Cell("漢", style: bold, width: 2), Cell(" ", style: bold, width: 0),
            Cell("字", style: bold, width: 2), Cell(" ", style: bold, width: 0),
            Cell.blank,
        ])
        XCTAssertEqual(grid.plainTextLines(), ["漢字"])
    }

    func testWideCharacterThatDoesNotFitBecomesASpace() {
        var grid = Grid(width: 5, height: 1, fill: Cell("."))
        XCTAssertEqual(grid.write("ab漢字", x: 0, y: 0, style: bold), 5)
        XCTAssertEqual(grid.cells.map(\.symbol), ["a", "b", "漢", " ", " "])
        XCTAssertEqual(grid.cells.map(\.width), [1, 1, 2, 0, 1])
        XCTAssertEqual(grid[x: 4, y: 0], Cell(" ", style: bold))

        var clipped = Grid(width: 6, height: 1, fill: Cell("."))
        XCTAssertEqual(clipped.write("漢字", x: 1, y: 0, style: .plain, maxWidth: 3), 3)
        XCTAssertEqual(clipped.plainTextLines(), [".漢 .."])
    }

    func testWriteSanitizesControlSequences() {
        var grid = Grid(width: 10, height: 1)
        XCTAssertEqual(grid.write("a\u{1B}[2J", x: 0, y: 0, style: .plain), 6)
        XCTAssertEqual(grid.plainTextLines(), ["a^[[2J"])
    }

    func testOverwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = Grid(width: 4, height: 1)
        grid.write("漢字", x: 0, y: 0, style: bold)
        grid.write("x", x: 1, y: 0, style: .plain)   // lands on 漢's continuation
        grid.write("y", x: 2, y: 0, style: .plain)   // lands on 字's head
        XCTAssertEqual(grid.cells, [Cell(" ", style: bold), Cell("x"), Cell("y"), Cell(" ", style: bold)])
    }

    func testCombiningMarksStayWithTheirLetter() {
        var grid = Grid(width: 4, height: 1)
        XCTAssertEqual(grid.write("e\u{301}x", x: 0, y: 0, style: .plain), 2)
        XCTAssertEqual(grid[x: 0, y: 0].symbol, "e\u{301}")
        XCTAssertEqual(grid[x: 1, y: 0].symbol, "x")
    }
}
