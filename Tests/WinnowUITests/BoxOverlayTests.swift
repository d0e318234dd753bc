import WinnowTestSupport
import XCTest
import WinnowCanvas
import WinnowCore
@testable import WinnowUI

final class BoxOverlayTests: XCTestCase {
    private let red: (UInt8, UInt8, UInt8) = (255, 0, 0)

    func testBoxIsPlacedOnThePixelsItCovers() {
        // 1920 px wide image shown 96 px wide: scale 0.05.
        let box = BoxOverlay.place(BoundingBox(x: 200, y: 100, width: 400, height: 200), scale: (0.05, 0.05), color: red, selected: false)
        XCTAssertEqual([box.minX, box.minY, box.maxX, box.maxY], [10, 5, 29, 14])
        XCTAssertFalse(box.isMarker)
    }

    func testTwentyPixelButtonInA1920ScreenshotGetsARingThatLeavesItVisible() {
        let box = BoxOverlay.place(BoundingBox(x: 960, y: 540, width: 20, height: 20), scale: (0.05, 0.05), color: red, selected: false)
        XCTAssertTrue(box.isMarker)
        XCTAssertEqual([box.minX, box.minY, box.maxX, box.maxY], [47, 26, 49, 28], "one pixel around the 1x1 it covers")
        var image = PixelImage(width: 96, height: 54)
        BoxOverlay.paint([box], on: &image)
        XCTAssertEqual(image.pixel(x: 47, y: 26).0, 255)
        XCTAssertEqual(image.pixel(x: 49, y: 28).0, 255)
        XCTAssertEqual(image.pixel(x: 48, y: 27).0, 0, "the labelled pixel itself is not painted over")
        XCTAssertEqual(image.pixel(x: 50, y: 29).0, 0)
    }

    func testRejectedBoxesAreDashed() throws {
        var label = Fixtures.label("button", 0, 0, 10, 10)
        label.rejected = true
        let state = Fixtures.state([Fixtures.item("a", labels: [label], width: 10, height: 10)])
        let boxes = try BoxOverlay.boxes(of: state.workspace.items.element(0), state: state, theme: Theme(name: "t"), scale: (1, 1))
        XCTAssertTrue(try boxes.element(0).dashed)
        var image = PixelImage(width: 10, height: 10)
        BoxOverlay.paint(boxes, on: &image)
        XCTAssertEqual((0..<10).filter { image.pixel(x: $0, y: 0).0 == 255 }.count, 5, "every other pixel of the top edge")
    }

    func testCategoriesOfOneItemGetDistinctColours() {
        let labels = (0..<9).map { Fixtures.label("c\($0)", Double($0), 0, 1, 1) }
        let slots = BoxOverlay.colorSlots(Fixtures.item("a", labels: labels))
        XCTAssertEqual(Set(slots.values).count, 9)
        XCTAssertEqual(slots["c8"], 8, "past the palette: dashed as well as repeated")
    }

    func testZeroAreaAndNegativeBoxesStillShowAndNeverCrash() {
        let zero = BoxOverlay.place(BoundingBox(x: 10, y: 10, width: 0, height: 30), scale: (1, 1), color: red, selected: false)
        XCTAssertTrue(zero.isMarker)
        let negative = BoxOverlay.place(BoundingBox(x: 50, y: 50, width: -20, height: -10), scale: (1, 1), color: red, selected: false)
        XCTAssertEqual([negative.minX, negative.minY, negative.maxX, negative.maxY], [30, 40, 49, 49])
        var image = PixelImage(width: 8, height: 8)
        BoxOverlay.paint([BoxOverlay.place(BoundingBox(x: -5, y: 6, width: 100, height: 100), scale: (1, 1), color: red, selected: false)], on: &image)
        XCTAssertEqual(image.pixel(x: 3, y: 6).0, 255, "clipped top edge is drawn")
        XCTAssertEqual(image.pixel(x: 3, y: 7).0, 0, "no bottom edge inside the image")
    }

    func testOutlineOnlyForBigBoxesAndSelectedDrawnLast() throws {
        var state = Fixtures.state([Fixtures.item("a", labels: [
            Fixtures.label("button", 0, 0, 10, 10), Fixtures.label("field", 0, 0, 10, 10),
        ], width: 10, height: 10)])
        state.selectedLabel = 0
        var theme = Theme(name: "t")
        theme[.boxSelected] = Style(foreground: .rgb(1, 2, 3))
        theme[.boxCategory2] = Style(foreground: .rgb(9, 9, 9))
        let boxes = try BoxOverlay.boxes(of: state.workspace.items.element(0), state: state, theme: theme, scale: (1, 1))
        XCTAssertEqual(boxes.map(\.selected), [false, true])
        XCTAssertTrue(try boxes.element(0).color == (9, 9, 9), "field is the second category in sorted order")
        var image = PixelImage(width: 10, height: 10)
        BoxOverlay.paint(boxes, on: &image)
        XCTAssertTrue(image.pixel(x: 0, y: 5) == (1, 2, 3), "the selected box is on top")
        XCTAssertTrue(image.pixel(x: 5, y: 5) == (0, 0, 0), "outlines leave the inside alone")
    }
}
