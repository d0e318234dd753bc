import Foundation
import WinnowApp
import WinnowCanvas
import WinnowCore
import WinnowTestSupport
import WinnowUI
import XCTest

/// Text examples through the real run loop: wrapped by display width, escapes made visible,
/// entity spans marked, long texts scrolled, fields in the details pane, verdicts journaled.
final class TextFrameTests: XCTestCase {
    private static let examples = [
        #"{"id": "p1", "prompt": "Explain \u001b[31mred\u001b[0m text and 日本語 wide characters, then e\u0301 combining.", "response": "Line one.\nA much longer second line that goes on and on so that it has to wrap several times in a narrow pane, with more words after it to be sure.", "quality": {"auto_score": 0.62, "user_feedback": "positive"}, "tags": ["demo"], "source": "chat"}"#,
        #"{"id": "i1", "text": "Book a table in Paris for Friday", "expected_intent": "booking", "expected_entities": [["Paris", "city", 16, 21], ["Friday", "date", 26, 32]], "confidence": 0.74}"#,
        #"{"id": "long", "prompt": "Count", "response": "\#((1...60).map { "line \($0)" }.joined(separator: "\\n"))"}"#,
    ]

    private func run(_ keys: String, size: TerminalSize = TerminalSize(width: 120, height: 36)) throws -> (grid: Grid, theme: Theme, folder: TemporaryFolder) {
        let folder = try TemporaryFolder()
        try folder.write("chat.jsonl", text: Self.examples.joined(separator: "\n") + "\n")
        let theme = try Appearance.theme("default", noColor: false)
        var options = CommonOptions(path: folder.path("chat.jsonl"), reviewer: "ana")
        options.startQueue = .all
        let terminal = try HeadlessReview.run(options, keymap: try Appearance.keymap(nil), theme: theme,
                                              script: TerminalScriptStep.keys(try KeyNotation.parse(keys)), size: size, color: true)
        return (try XCTUnwrap(terminal.lastFrame), theme, folder)
    }

    func testPromptAndResponseWrapWithEscapesVisibleAndFieldsBeside() throws {
        let (grid, theme, _) = try run("")
        let text = grid.plainTextLines().joined(separator: "\n")
        XCTAssertTrue(text.contains("Explain ^[[31mred^[[0m text and 日本語 wide characters, then é"), text)
        XCTAssertTrue(text.contains("quality.auto_score 0.62"), text)
        XCTAssertTrue(text.contains("tags [\"demo\"]"), text)
        Snapshot.assert(FrameSnapshot.text(grid, theme: theme), named: "text-prompt-response-120x36")
    }

    func testEntitySpansAreMarkedAndLongTextsScroll() throws {
        let entities = try run("j").grid
        let row = try XCTUnwrap(entities.plainTextLines().first { $0.contains("Paris‹city›") })
        XCTAssertTrue(row.contains("Book a table in Paris‹city› for Friday‹date›"), row)
        let y = try XCTUnwrap(entities.plainTextLines().firstIndex(of: row))
        let x = try XCTUnwrap(Array(row).firstIndex(of: "P"))
        XCTAssertTrue(entities[x, y].style.attributes.contains(.underline), "a labelled span is underlined")
        let top = try run("j j").grid.plainTextLines().joined(separator: "\n")
        XCTAssertTrue(top.contains("line 1\n") || top.contains("line 1 "), top)
        XCTAssertTrue(top.contains("more lines (J)"), top)
        let half = try run("j j J").grid.plainTextLines().joined(separator: "\n")
        XCTAssertTrue(half.contains("│line 15 ") && half.contains("13 more lines (J)"), "J scrolls half a screen:\n\(half)")
        let end = try run("j j J J J").grid.plainTextLines().joined(separator: "\n")
        XCTAssertTrue(end.contains("│line 60 ") && !end.contains("more lines"), "the last screen stays full:\n\(end)")
        XCTAssertTrue(try run("j j J J J K").grid.plainTextLines().joined(separator: "\n").contains("more lines"), "K scrolls back")
    }

    func testAVerdictOnATextExampleIsJournaledBesideTheFile() throws {
        let (grid, _, folder) = try run("a")
        XCTAssertTrue(grid.plainTextLines().last!.contains("saved: good"), grid.plainTextLines().last!)
        let journal = try String(contentsOf: folder.file(".winnow/chat.jsonl/journal.jsonl"), encoding: .utf8)
        XCTAssertTrue(journal.contains(#""item":"p1""#) && journal.contains(#""verdict":"good""#), journal)
    }
}
