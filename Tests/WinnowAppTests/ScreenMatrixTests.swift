import Foundation
import WinnowApp
import WinnowCanvas
import WinnowCore
import WinnowTestSupport
import WinnowUI
import XCTest

/// The screens a reviewer sees, at 80x24, 100x30 and 200x60, in colour, mono and ASCII, as whole
/// frames with their styles; and what the small screen must keep.
final class ScreenMatrixTests: XCTestCase {
    private struct View {
        let name: String
        let dataset: String
        let keys: String
    }

    private let views = [View(name: "screenshot", dataset: "screens", keys: ""), View(name: "signal", dataset: "drilling", keys: ""),
                         View(name: "box", dataset: "screens", keys: "e <Tab>"), View(name: "help", dataset: "screens", keys: "?"),
                         View(name: "stats", dataset: "screens", keys: "a x s")]

    private func frame(_ view: View, size: TerminalSize, theme name: String = "default", unicode: Bool = true,
                       copy: SampleCopy? = nil) throws -> (grid: Grid, theme: Theme) {
        let data = try copy ?? SampleCopy(view.dataset)
        let theme = try Appearance.theme(name, noColor: false)
        let terminal = try HeadlessReview.run(CommonOptions(path: data.dataset.path, reviewer: "ana"), keymap: try Appearance.keymap(nil),
                                              theme: theme, script: TerminalScriptStep.keys(try KeyNotation.parse(view.keys)), size: size,
                                              unicode: unicode, color: name != "mono")
        return (try XCTUnwrap(terminal.lastFrame), theme)
    }

    func testEveryViewAtThreeSizes() throws {
        for view in views {
            for size in [TerminalSize(width: 80, height: 24), TerminalSize(width: 100, height: 30), TerminalSize(width: 200, height: 60)] {
                let (grid, theme) = try frame(view, size: size)
                Snapshot.assert(FrameSnapshot.text(grid, theme: theme), named: "\(view.name)-\(size.width)x\(size.height)")
            }
        }
    }

    func testMonoAndASCIIVariantsAt80x24() throws {
        for view in views {
            let mono = try frame(view, size: TerminalSize(width: 80, height: 24), theme: "mono")
            Snapshot.assert(FrameSnapshot.text(mono.grid, theme: mono.theme), named: "\(view.name)-80x24-mono")
            let ascii = try frame(view, size: TerminalSize(width: 80, height: 24), unicode: false)
            let text = FrameSnapshot.text(ascii.grid, theme: ascii.theme)
            XCTAssertTrue(ascii.grid.plainTextLines().joined().unicodeScalars.allSatisfy(\.isASCII), view.name)
            Snapshot.assert(text, named: "\(view.name)-80x24-ascii")
        }
    }

    /// The center pane's width: from the queue pane's right border to the details pane's left one.
    private func centerWidth(_ grid: Grid) throws -> Int {
        let top = try Array(grid.plainTextLines().element(0))
        let corners = top.indices.filter { top[$0] == "┌" || top[$0] == "┐" }
        return try corners.count >= 4 ? corners.element(3) - corners.element(2) + 1 : grid.width
    }

    func testAt80x24TheCenterKeepsMostColumnsAndTheStatusBarItsKeys() throws {
        for view in views.prefix(3) {
            let (grid, _) = try frame(view, size: TerminalSize(width: 80, height: 24))
            XCTAssertGreaterThanOrEqual(try centerWidth(grid), 48, "\(view.name): at least 60% of 80 columns")
            let status = grid.plainTextLines().last!
            XCTAssertTrue(status.contains("? help"), "\(view.name): \(status)")
            if view.name != "box" { XCTAssertTrue(status.contains("a good") && status.contains("x bad"), status) }
        }
        let lines = try frame(views.element(1), size: TerminalSize(width: 80, height: 24)).grid.plainTextLines()
        let axis = try XCTUnwrap(lines.first { $0.contains("mm ") && $0.contains("┘") == false && $0.hasPrefix("│") || $0.contains("  mm  ") })
        let chart = String(axis.split(separator: "│").last ?? "")
        let ticks = chart.split(separator: " ").filter { Double($0) != nil }
        XCTAssertGreaterThanOrEqual(ticks.count, 3, "three readable ticks: \(chart)")
    }

    func testF2AndF3ShowAndHideTheSidePanesAndARestartRemembers() throws {
        let copy = try SampleCopy()
        let small = TerminalSize(width: 80, height: 24)
        let screenshot = try views.element(0)
        XCTAssertFalse(try frame(screenshot, size: small, copy: copy).grid.plainTextLines().element(0).contains("Validation"), "folded at 80 columns")
        let shown = try frame(View(name: "", dataset: "screens", keys: "<F3>"), size: small, copy: copy).grid.plainTextLines().element(0)
        XCTAssertTrue(shown.contains("Validation"), shown)
        let again = try frame(screenshot, size: small, copy: copy).grid.plainTextLines().element(0)
        XCTAssertTrue(again.contains("Validation"), "remembered for ana: \(again)")
        let noQueue = try frame(View(name: "", dataset: "screens", keys: "<F2>"), size: TerminalSize(width: 200, height: 60), copy: copy)
        XCTAssertFalse(try noQueue.grid.plainTextLines().element(0).contains("Queue"))
    }
}
