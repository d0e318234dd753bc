import Foundation
import WinnowCanvas
import WinnowCore
import WinnowTestSupport
import XCTest
@testable import WinnowUI

/// The pair pane on a tiny pair: both images at one size, the difference view's cells as heat,
/// zoom and pan of both at once, the instruction's control characters made visible.
final class PairPaneTests: XCTestCase {
    private func pairState(instruction: String = "make the left half warmer", size: TerminalSize = TerminalSize(width: 80, height: 24)) -> AppState {
        var item = ReviewItem(id: "s1", kind: .pair, path: "s1", imageURL: URL(fileURLWithPath: "/nonexistent/o.png"), width: 64, height: 48, labels: [])
        item.pair = PairContent(editedURL: URL(fileURLWithPath: "/nonexistent/e.png"), instruction: instruction, email: "ana@example.com")
        var state = Fixtures.state([item], size: size)
        state.display = DisplayOptions(unicode: true, color: true)
        return state
    }

    private func image(_ width: Int, _ height: Int, _ color: (Int, Int) -> (UInt8, UInt8, UInt8)) -> PixelImage {
        var image = PixelImage(width: width, height: height)
        for y in 0..<height { for x in 0..<width { let c = color(x, y); image.setPixel(x: x, y: y, r: c.0, g: c.1, b: c.2) } }
        return image
    }

    func testTheDifferenceViewDrawsEachChangedPixelAsHeatAndTheRestBlack() throws {
        var state = pairState()
        let key = try XCTUnwrap(PairPane.thumbnailKey(forItem: 0, state))
        var edited = key
        edited.edited = true
        XCTAssertEqual(ThumbnailPlanner.requests(forItem: 0, state).map(\.key), [key, edited], "both images, one size")
        state.thumbnails[key] = image(key.width, key.height) { _, _ in (100, 100, 100) }
        state.thumbnails[edited] = image(key.width, key.height) { x, _ in x < key.width / 2 ? (160, 100, 100) : (100, 100, 100) }
        state.pairDifference = true
        let grid = Renderer.render(state, theme: Theme(name: "plain"))
        let cells = (0..<grid.height).flatMap { y in (0..<grid.width).map { grid[$0, y] } }.filter { $0.symbol == "▀" }
        let rows = (key.height + 1) / 2
        // (60 + 0 + 0) / 3 = 20, tripled to 60: heat 180,0,0. Unchanged: black. The original stays gray.
        XCTAssertEqual(cells.filter { $0.style.foreground == .rgb(180, 0, 0) }.count, key.width / 2 * rows)
        XCTAssertEqual(cells.filter { $0.style.foreground == .rgb(0, 0, 0) }.count, (key.width - key.width / 2) * rows)
        XCTAssertEqual(cells.filter { $0.style.foreground == .rgb(100, 100, 100) }.count, key.width * rows)
        XCTAssertTrue(grid.plainTextLines().joined().contains("difference"))
    }

    func testHeatRunsFromBlackThroughRedAndYellowToWhite() {
        XCTAssertTrue(DifferenceHeatMap.heat(0) == (0, 0, 0))
        XCTAssertTrue(DifferenceHeatMap.heat(85) == (255, 0, 0))
        XCTAssertTrue(DifferenceHeatMap.heat(170) == (255, 255, 0))
        XCTAssertTrue(DifferenceHeatMap.heat(255) == (255, 255, 255))
    }

    func testZoomAndPanMoveBothImagesTogetherInsideTheImage() throws {
        var state = pairState()
        _ = AppReducer.reduce(&state, .command(.pairZoomIn))
        XCTAssertEqual(state.pairZoom, ImageRegion(x: 16, y: 12, width: 32, height: 24))
        let key = try XCTUnwrap(PairPane.thumbnailKey(forItem: 0, state))
        XCTAssertEqual(key.region, state.pairZoom)
        XCTAssertEqual(ThumbnailPlanner.requests(forItem: 0, state).map(\.key.region), [state.pairZoom, state.pairZoom])
        for _ in 0..<5 { _ = AppReducer.reduce(&state, .command(.pairPanLeft)) }
        XCTAssertEqual(state.pairZoom, ImageRegion(x: 0, y: 12, width: 32, height: 24), "stops at the edge")
        _ = AppReducer.reduce(&state, .command(.pairZoomOut))
        XCTAssertNil(state.pairZoom, "back to the whole")
        _ = AppReducer.reduce(&state, .command(.pairPanRight))
        XCTAssertNil(state.pairZoom)
        XCTAssertEqual(state.message?.text, "zoom in first (z)")
    }

    func testTheInstructionShowsEscapesAndTheAddressMasked() {
        let state = pairState(instruction: "paint it \u{1B}[31mred\u{7}", size: TerminalSize(width: 120, height: 30))
        let text = Renderer.render(state, theme: Theme(name: "plain")).plainTextLines().joined(separator: "\n")
        XCTAssertTrue(text.contains("paint it ^[[31mred^G"), "caret notation, as cat -v shows them")
        XCTAssertFalse(text.contains("\u{1B}"))
        XCTAssertTrue(text.contains("by a***@example.com"), text)
        XCTAssertFalse(text.contains("ana@example.com"))
    }

    func testAMegabyteInstructionIsShownInPartWithTheWayToReadItAll() {
        let long = String(repeating: "make it bigger and ", count: 55_000)  // about 1 MB
        let state = pairState(instruction: long, size: TerminalSize(width: 120, height: 30))
        let text = Renderer.render(state, theme: Theme(name: "plain")).plainTextLines().joined(separator: "\n")
        XCTAssertTrue(text.contains("make it bigger and make it bigger"))
        XCTAssertTrue(text.contains("… (E opens it all)"), text)
    }

    func testWideShowsThePairSideBySideAndNarrowOneAboveTheOther() throws {
        let item = try pairState().items.element(0)
        let whole = ImageRegion(x: 0, y: 0, width: 64, height: 48)
        let wide = try XCTUnwrap(PairLayout(content: Rect(x: 0, y: 0, width: 120, height: 30), item: item, shown: whole))
        XCTAssertTrue(wide.sideBySide)
        XCTAssertEqual(wide.first.y, wide.second.y)
        XCTAssertEqual(wide.pixels.width, 59)
        let narrow = try XCTUnwrap(PairLayout(content: Rect(x: 0, y: 0, width: 40, height: 50), item: item, shown: whole))
        XCTAssertFalse(narrow.sideBySide)
        XCTAssertEqual(narrow.first.x, narrow.second.x)
        XCTAssertGreaterThan(narrow.second.y, narrow.first.y)
        XCTAssertEqual(narrow.instruction.maxY, 50, "the instruction at the bottom")
    }

    func testWithoutUTF8EveryCellIsASCIIWithDashesForDashes() {
        var state = pairState(instruction: "warmer – not hotter — just warmer", size: TerminalSize(width: 120, height: 30))
        state.display = DisplayOptions(unicode: false, color: false)
        let lines = Renderer.render(state, theme: Theme(name: "plain")).plainTextLines()
        XCTAssertTrue(lines.allSatisfy { $0.allSatisfy(\.isASCII) })
        XCTAssertTrue(lines.joined().contains("warmer - not hotter - just warmer"), lines.joined(separator: "\n"))
    }
}
