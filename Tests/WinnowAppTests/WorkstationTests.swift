import Foundation
import WinnowApp
import WinnowCanvas
import WinnowCore
import WinnowTestSupport
import WinnowUI
import XCTest

/// The run loop the terminal uses, driven by the recording terminal: loading view, keys,
/// another reviewer's journal lines picked up by the poll, quit.
final class WorkstationTests: XCTestCase {
    private let size = TerminalSize(width: 120, height: 36)

    private func appearance() throws -> (Keymap, Theme) {
        (try Appearance.keymap(nil), try Appearance.theme("default", noColor: false))
    }

    func testLoadsReviewsSeesAnotherReviewersVerdictArriveAndQuits() throws {
        let copy = try SampleCopy()
        let path = copy.dataset.path
        let (keymap, theme) = try appearance()
        // Bo marks the last item bad while Ana works; Ana's poll picks it up after 0.5 s of virtual time.
        let otherVerdict: @Sendable () -> Void = {
            let session = try! CommonOptions(path: path, reviewer: "bo").open()
            let last = session.workspace.items[session.workspace.items.count - 1]
            _ = try! session.record(.verdict(item: last.localID, verdict: .bad, note: nil, reason: nil), inDataset: 0)
        }
        let script: [TerminalScriptStep] = [.key(.char("a")), .run(otherVerdict), .wait(seconds: 0.2), .wait(seconds: 0.4), .key(.char("q"))]
        let terminal = RecordingTerminal(size: size, monochrome: false, script: script)
        let state = try XCTUnwrap(try Workstation(device: terminal, keymap: keymap, theme: theme).run(CommonOptions(path: path, reviewer: "ana")))

        let first = try XCTUnwrap(terminal.frames.first)
        XCTAssertTrue(first.grid.plainTextLines().joined().contains("Loading "), "the loading view comes first")
        XCTAssertTrue(state.quitting)
        // Nothing new shows before the poll is due (0.2 s), and Bo's verdict shows once it is (0.6 s).
        XCTAssertFalse(terminal.frames.contains { $0.time > 0 && $0.time < 0.5 })
        let arrived = try XCTUnwrap(terminal.frames.first { $0.time >= 0.5 })
        XCTAssertEqual(arrived.time, 0.6, accuracy: 1e-9)
        let before = try XCTUnwrap(terminal.frames.last { $0.time == 0 })
        XCTAssertTrue(before.grid.plainTextLines().joined().contains("1/11 reviewed"))
        XCTAssertTrue(arrived.grid.plainTextLines().joined().contains("2/11 reviewed"))
        Snapshot.assert(FrameSnapshot.text(arrived.grid, theme: theme),
                        named: "workstation-other-reviewer-arrived")
        XCTAssertLessThan(arrived.bytes, before.bytes, "only the changed cells are sent")

        let lines = copy.journalLines()
        XCTAssertEqual(lines.count, 2)
        XCTAssertTrue(try lines.element(0).contains(#""reviewer":"ana""#) && lines.element(0).contains(#""verdict":"good""#))
        XCTAssertTrue(try lines.element(1).contains(#""reviewer":"bo""#) && lines.element(1).contains(#""verdict":"bad""#))
    }

    func testHeadlessRunsWaitForDecodesSoTheLastFrameShowsTheImage() throws {
        let copy = try SampleCopy()
        let (keymap, theme) = try appearance()
        let terminal = try HeadlessReview.run(CommonOptions(path: copy.dataset.path, reviewer: "ana"), keymap: keymap, theme: theme,
                                              script: TerminalScriptStep.keys([.char("j")]), size: size, color: true)
        let last = try XCTUnwrap(terminal.lastFrame)
        Snapshot.assert(FrameSnapshot.text(last, theme: theme), named: "workstation-second-item-color")
        XCTAssertTrue(FrameSnapshot.text(last, theme: theme).contains("#"), "image pixels are drawn")
    }

    func testABigFileShowsItsFirstLinesThenTheWholeWithDuplicatesFoundBehindTheScreen() throws {
        let folder = try TemporaryFolder()
        let texts = ["book a table", "cancel my order", "where is my parcel", "open an account", "reset the password",
                     "change the address", "what is the fee", "close my card", "cancel my order", "speak to a person"]  // t9 is t2
        var lines = texts.enumerated().map { n, text in
            #"{"id": "t\#(n + 1)", "text": "\#(text)", "expected_intent": "i\#(n == 8 ? 1 : n)", "confidence": 0.\#(51 + n)}"#
        }
        lines.append("{not json")
        try folder.write("big.jsonl", text: lines.joined(separator: "\n") + "\n")
        let previewBytes = lines.prefix(4).map { $0.utf8.count + 1 }.reduce(0, +)
        let (keymap, theme) = try appearance()
        let terminal = RecordingTerminal(size: size, monochrome: false, script: TerminalScriptStep.keys([.char("j")]))
        var options = CommonOptions(path: folder.path("big.jsonl"), state: folder.file("state"), reviewer: "ana")
        options.read.previewBytes = previewBytes
        let state = try XCTUnwrap(try Workstation(device: terminal, keymap: keymap, theme: theme).run(options))

        let screens = terminal.frames.map { $0.grid.plainTextLines().joined(separator: "\n") }
        let preview = try XCTUnwrap(screens.first { $0.contains("reading the rest") }, "the first lines show while the rest is read")
        XCTAssertTrue(preview.contains(" 1/4 triage"), "four whole lines within the preview")
        XCTAssertTrue(screens.contains { $0.contains(" 1/10 triage") && $0.contains("big.jsonl:11") },
                      "then the whole, saying the bad line beyond the preview")
        XCTAssertEqual(state.items.count, 10)
        XCTAssertEqual(state.currentItem?.id, "t2", "the key moved through the whole queue (t1, t2, …)")
        XCTAssertEqual(state.issues(ofItem: 1).map(\.code), ["text.duplicate"], "found behind the screen")
        XCTAssertTrue(try state.issues(ofItem: 1).element(0).text.contains("t9"))
        XCTAssertNil(state.backgroundWork)
    }
}
