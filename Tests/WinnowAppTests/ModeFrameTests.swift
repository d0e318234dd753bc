import WinnowApp
import WinnowCanvas
import WinnowCore
import WinnowTestSupport
import WinnowUI
import XCTest

/// The mode shows in the status bar with its own keys, and a key from another mode says so.
final class ModeFrameTests: XCTestCase {
    private func run(_ keys: String, dataset: String = "screens", size: TerminalSize = TerminalSize(width: 120, height: 36),
                     theme name: String = "default") throws -> (lines: [String], text: String) {
        let copy = try SampleCopy(dataset)
        let theme = try Appearance.theme(name, noColor: false)
        let terminal = try HeadlessReview.run(CommonOptions(path: copy.dataset.path, reviewer: "ana"), keymap: try Appearance.keymap(nil),
                                              theme: theme, script: TerminalScriptStep.keys(try KeyNotation.parse(keys)), size: size, color: true)
        let grid = try XCTUnwrap(terminal.lastFrame)
        return (grid.plainTextLines(), FrameSnapshot.text(grid, theme: theme))
    }

    func testBoxModeShowsItsTagStepAndKeysAndLeavingRestoresTheQueueBar() throws {
        let box = try run("e").lines.last!
        XCTAssertTrue(box.hasPrefix(" BOX  1/11 triage  ana  step 20 px"), box)
        let narrow = try run("e", size: TerminalSize(width: 80, height: 24)).lines.last!
        XCTAssertTrue(narrow.hasPrefix(" BOX  1/11 triage  step "), "no reviewer below 100 columns: \(narrow)")
        XCTAssertTrue(box.contains("? help  a accept  x reject  <Esc> leave"), box)
        let left = try run("e <Esc>").lines.last!
        XCTAssertFalse(left.contains("BOX"), left)
        XCTAssertTrue(left.contains("a good  x bad  ? help"), left)
    }

    func testZoomMakesTheStepOneImagePixelPerCell() throws {
        let zoomed = try run("e z").lines.last!
        XCTAssertTrue(zoomed.contains("step 1 px zoom"), zoomed)
        let finer = try run("e ]").lines.last!
        XCTAssertTrue(finer.contains("step 40 px"), "] doubles the step: \(finer)")
    }

    func testKeysOfAnotherModeSayWhyTheyDidNothing() throws {
        XCTAssertTrue(try run("e u", size: TerminalSize(width: 80, height: 24)).lines.last!.contains("u: not in box mode (<Esc> leaves)"))
        XCTAssertTrue(try run("z", size: TerminalSize(width: 80, height: 24)).lines.last!.contains("z: box mode only (e enters)"))
        XCTAssertTrue(try run("F").lines.last!.contains("F does nothing here (?: keys)"))
    }

    func testTheFilterPromptAndTheSignalViewHaveTags() throws {
        XCTAssertTrue(try run("/ t i e r").lines.last!.hasPrefix(" FILTER  /tier"))
        XCTAssertTrue(try run("", dataset: "drilling").lines.last!.hasPrefix(" SIGNAL  1/7 triage"))
    }

    func testHelpOnADrillRunListsEachKeyOnce() throws {
        let help = try run("?", dataset: "drilling", size: TerminalSize(width: 120, height: 60)).lines.joined(separator: "\n")
        XCTAssertTrue(help.contains("[event.place-entry]"), help)
        XCTAssertFalse(help.contains("[box.mode]"), "e places the entry on a drill run; box mode is not listed")
        XCTAssertTrue(help.contains("audit, model's, all [queue.switch]"), "the help uses the screen's width")
    }

    func testAFlagShowsInTheQueueRowAndHelpWrapsAt80Columns() throws {
        let flagged = try run("f", size: TerminalSize(width: 80, height: 24)).lines
        XCTAssertTrue(try flagged.element(1).contains("⚑"), flagged.shown(1))
        let help = try run("?", size: TerminalSize(width: 80, height: 24)).lines.joined(separator: "\n")
        XCTAssertTrue(help.contains("[queue.switch]"), "long descriptions wrap instead of being cut:\n\(help)")
    }

    func testBoxModeFrameAt80x24() throws {
        Snapshot.assert(try run("e", size: TerminalSize(width: 80, height: 24)).text, named: "box-mode-80x24")
    }
}
