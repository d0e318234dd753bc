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
