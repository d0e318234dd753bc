import WinnowApp
import WinnowCanvas
import WinnowCore
import WinnowTestSupport
import WinnowUI
import XCTest

/// `?` lists the commands of the context it was opened in, from the keymap, as whole frames.
final class HelpFrameTests: XCTestCase {
    private func frame(_ keys: [KeyEvent], size: TerminalSize = TerminalSize(width: 100, height: 40)) throws -> (String, Theme) {
        let copy = try SampleCopy()
        let theme = try Appearance.theme("default", noColor: false)
        let terminal = try HeadlessReview.run(CommonOptions(path: copy.dataset.path, reviewer: "ana"), keymap: try Appearance.keymap(nil),
                                              theme: theme, script: TerminalScriptStep.keys(keys), size: size, color: true)
        return (FrameSnapshot.text(try XCTUnwrap(terminal.lastFrame), theme: theme), theme)
    }

    func testHelpInBoxModeListsTheBoxKeysNotTheQueueKeys() throws {
        let (text, _) = try frame([.char("e"), .char("?")])
        Snapshot.assert(text, named: "help-box-mode")
        XCTAssertTrue(text.contains("box.move-left"))
        XCTAssertFalse(text.contains("verdict.good"), "a is box.accept in box mode")
        XCTAssertTrue(text.contains("Box mode"))
    }

    func testHelpInTheQueueListsVerdictsAndThePromptKeys() throws {
        let (first, _) = try frame([.char("?")])
        XCTAssertTrue(first.contains("verdict.good"))
        XCTAssertFalse(first.contains("box.move-left"))
        let (scrolled, _) = try frame([.char("?")] + Array(repeating: .char("j"), count: 12))
        XCTAssertTrue(scrolled.contains("prompt.cancel"), scrolled)
    }
}
