import WinnowTestSupport
import XCTest
import WinnowCanvas
import WinnowCore
@testable import WinnowUI

/// Whole frames rendered from a state, compared line by line.
final class RendererTests: XCTestCase {
    private func theme(_ name: String) -> Theme {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Themes/\(name).theme")
        return try! Theme.parse(String(contentsOf: url, encoding: .utf8), name: name, file: url.path)
    }

    private var theme: Theme { theme("mono") }

    /// Three items at 80x16, the first with a flat grey thumbnail at the size the pane asks for.
    private func frameState(color: Bool) -> AppState {
        var state = Fixtures.state(Fixtures.threeItems(), size: TerminalSize(width: 80, height: 16))
        state.display.color = color
        _ = AppReducer.reduce(&state, .resized(state.size))
        let key = ThumbnailPlanner.key(forItem: 0, state)!
        state.thumbnails[key] = PixelImage(width: key.width, height: key.height, rgb: [UInt8](repeating: 128, count: key.width * key.height * 3))
        return state
    }

    func testFrameWithThumbnailBoxesAndPanesInMono() {
        let grid = Renderer.render(frameState(color: false), theme: theme)
        Snapshot.assert(FrameSnapshot.text(grid, theme: theme), named: "frame-80x16-mono")
        // Mono: the image is shaded, the selected box outlined with line characters, emphasis by attributes.
        let lines = grid.plainTextLines()
        XCTAssertTrue(lines.contains { $0.contains("┌─") && $0.contains("▒") })
    }

    func testFrameWithThumbnailBoxesAndPanesInColor() {
        let colors = theme("default")
        let grid = Renderer.render(frameState(color: true), theme: colors)
        let text = FrameSnapshot.text(grid, theme: colors)
        Snapshot.assert(text, named: "frame-80x16-color")
        XCTAssertTrue(text.contains(" tier.medium ") && text.contains(" tier.low "), "tier colours in the queue")
    }

    func testUnchangedStateRendersTheSameGridSoNothingIsRedrawn() {
        var state = Fixtures.state(Fixtures.threeItems())
        _ = AppReducer.reduce(&state, .resized(state.size))
        let first = Renderer.render(state, theme: theme)
        XCTAssertEqual(Renderer.render(state, theme: theme).diff(from: first), [])
        _ = AppReducer.reduce(&state, .key(.char("j")))
        XCTAssertFalse(Renderer.render(state, theme: theme).diff(from: first).isEmpty)
    }
}

/// Names that keep what tells items apart.
final class ItemNamesTests: XCTestCase {
    func testTheSharedPrefixGoesUpToASeparator() {
        XCTAssertEqual(ItemNames.withoutSharedPrefix(["src__abyss__dev__E1_ST_1874_1.xls", "src__abyss__dev__E1_ST_1883_10.xls"]),
                       ["1874_1.xls", "1883_10.xls"])
        XCTAssertEqual(ItemNames.withoutSharedPrefix(["screens/a.png", "drilling/b.xls"]), ["screens/a.png", "drilling/b.xls"])
        XCTAssertEqual(ItemNames.withoutSharedPrefix(["abc1", "abc2"]), ["abc1", "abc2"], "no separator: nothing dropped")
    }

    func testLongNamesLoseTheirMiddle() {
        XCTAssertEqual(ItemNames.elided("src__abyss__dev_data__mdb-mql-1__ST_1874_1.xls", toWidth: 22), "src__ab…_ST_1874_1.xls")
        XCTAssertEqual(ItemNames.elided("short.xls", toWidth: 22), "short.xls")
        XCTAssertEqual(DisplayWidth.of(ItemNames.elided(String(repeating: "x", count: 50), toWidth: 13)), 13)
    }
}
