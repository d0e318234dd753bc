import XCTest
@testable import WinnowCanvas

final class HalfBlockRendererTests: XCTestCase {
    /// 2x3 pixels: red green / blue white / two dark colors in the odd last row.
    func sampleImage() -> PixelImage {
        var image = PixelImage(width: 2, height: 3)
        image.setPixel(x: 0, y: 0, r: 255, g: 0, b: 0)
        image.setPixel(x: 1, y: 0, r: 0, g: 255, b: 0)
        image.setPixel(x: 0, y: 1, r: 0, g: 0, b: 255)
        image.setPixel(x: 1, y: 1, r: 255, g: 255, b: 255)
        image.setPixel(x: 0, y: 2, r: 10, g: 20, b: 30)
        image.setPixel(x: 1, y: 2, r: 40, g: 50, b: 60)
        return image
    }

    func block(_ top: Color, _ bottom: Color) -> Cell {
        Cell("▀", style: Style(foreground: top, background: bottom))
    }

    func testPixelAccess() {
        let image = sampleImage()
        XCTAssertTrue(image.pixel(x: 1, y: 2) == (40, 50, 60))
        XCTAssertTrue(image.pixel(x: 2, y: 0) == (0, 0, 0))
        XCTAssertEqual(image.rgb.count, 18)
        XCTAssertEqual(Array(image.rgb[0..<6]), [255, 0, 0, 0, 255, 0])
    }

    func testTwoPixelsPerCellAndOddLastRow() {
        var grid = Grid(width: 4, height: 3)
        HalfBlockRenderer.draw(sampleImage(), into: &grid, x: 1, y: 1)
        XCTAssertEqual(grid[x: 1, y: 1], block(.rgb(255, 0, 0), .rgb(0, 0, 255)))
        XCTAssertEqual(grid[x: 2, y: 1], block(.rgb(0, 255, 0), .rgb(255, 255, 255)))
        XCTAssertEqual(grid[x: 1, y: 2], block(.rgb(10, 20, 30), .terminalDefault))
        XCTAssertEqual(grid[x: 2, y: 2], block(.rgb(40, 50, 60), .terminalDefault))
        XCTAssertEqual(grid.plainTextLines(), ["", " ▀▀", " ▀▀"])
    }

    func testClipsToTheGrid() {
        var grid = Grid(width: 4, height: 2)
        HalfBlockRenderer.draw(sampleImage(), into: &grid, x: 3, y: 1)
        XCTAssertEqual(grid.plainTextLines(), ["", "   ▀"])
        XCTAssertEqual(grid[x: 3, y: 1], block(.rgb(255, 0, 0), .rgb(0, 0, 255)))
        HalfBlockRenderer.draw(sampleImage(), into: &grid, x: -1, y: -1)
        XCTAssertEqual(grid[x: 0, y: 0], block(.rgb(40, 50, 60), .terminalDefault))
    }

    func testShadedRampByMeanLuminance() {
        // Gray pairs 0, 60, 120, 180, 255, then black over white (mean 127).
        let levels: [UInt8] = [0, 60, 120, 180, 255]
        var image = PixelImage(width: 6, height: 2)
        for (x, v) in levels.enumerated() {
            image.setPixel(x: x, y: 0, r: v, g: v, b: v)
            image.setPixel(x: x, y: 1, r: v, g: v, b: v)
        }
        image.setPixel(x: 5, y: 1, r: 255, g: 255, b: 255)
        var grid = Grid(width: 6, height: 2, fill: Cell("x"))
        HalfBlockRenderer.drawShaded(image, into: &grid, x: 0, y: 0, ascii: false)
        HalfBlockRenderer.drawShaded(image, into: &grid, x: 0, y: 1, ascii: true)
        XCTAssertEqual(grid.plainTextLines(), [" ░▒▓█▒", " :=#@="])
        XCTAssertEqual(grid[x: 3, y: 0], Cell("▓"))
    }

    func testShadedOddRowUsesTheTopPixelAlone() {
        var image = PixelImage(width: 1, height: 1)
        image.setPixel(x: 0, y: 0, r: 255, g: 255, b: 255)
        var grid = Grid(width: 1, height: 1)
        HalfBlockRenderer.drawShaded(image, into: &grid, x: 0, y: 0, ascii: true)
        XCTAssertEqual(grid.plainTextLines(), ["@"])
    }
}
