import XCTest
import WinnowCanvas
import WinnowCore
@testable import WinnowUI

/// Whole frames rendered from a state, compared line by line.
final class RendererTests: XCTestCase {
    private var theme: Theme {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Themes/mono.theme")
        return try! Theme.parse(String(contentsOf: url, encoding: .utf8), name: "mono", file: url.path)
    }

    func testFrameWithThumbnailBoxesAndPanes() {
        var state = Fixtures.state(Fixtures.threeItems(), size: TerminalSize(width: 80, height: 16))
        _ = AppReducer.reduce(&state, .resized(state.size))
        // A flat grey thumbnail for the first item, at the size the pane asks for.
        let key = ThumbnailPlanner.key(forItem: 0, state)!
        state.thumbnails[key] = PixelImage(width: key.width, height: key.height, rgb: [UInt8](repeating: 128, count: key.width * key.height * 3))
        let lines = Renderer.render(state, theme: theme).plainTextLines()
        XCTAssertEqual(lines.count, 16)
        XCTAssertTrue(lines[0].hasPrefix("┌ Queue all 1/3 "), lines[0])
        XCTAssertTrue(lines[1].hasPrefix("│· M 0.80  2 a"), lines[1])
        XCTAssertTrue(lines[2].hasPrefix("│· L 0.50  1 b"), lines[2])
        XCTAssertTrue(lines[3].hasPrefix("│· L  --   0 c"), lines[3])
        XCTAssertTrue(lines[0].contains("images/a.png  100x50  medium"), lines[0])
        XCTAssertTrue(lines.joined().contains("Labels (2)"))
        XCTAssertTrue(lines[15].hasPrefix(" 1/3 all  ana"), lines[15])
        XCTAssertTrue(lines[15].hasSuffix("q quit"), lines[15])
        // Mono: the image is shaded, the selected box outlined with line characters.
        XCTAssertTrue(lines.contains { $0.contains("▒") }, lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.contains("┌─") && $0.contains("▒") })
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
