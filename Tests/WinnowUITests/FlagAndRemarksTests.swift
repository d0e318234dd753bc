import WinnowTestSupport
import XCTest
import WinnowCanvas
import WinnowCore
@testable import WinnowUI

/// `f` flags and unflags; the validation pane shows the flag, the reason and the notes.
final class FlagAndRemarksTests: XCTestCase {
    private func appends(_ effects: [AppEffect]) -> [AppEffect] {
        effects.filter { if case .appendJournal = $0 { return true } else { return false } }
    }

    func testFlagKeyTogglesTheFlagOfTheCurrentItem() throws {
        var state = Fixtures.state(Fixtures.threeItems())
        let first = appends(AppReducer.reduce(&state, .key(.char("f"))))
        XCTAssertEqual(first, [.appendJournal(dataset: 0, action: .flag(item: "a", on: true), origin: .edit)])
        _ = try Fixtures.confirm(first.element(0), in: &state, seq: 1)
        XCTAssertTrue(try state.ledgers.element(0).isFlagged("a"))
        XCTAssertEqual(state.message, .info("flagged · a.png"))
        XCTAssertEqual(state.cursor, 0, "flagging does not move on")

        let second = appends(AppReducer.reduce(&state, .key(.char("f"))))
        XCTAssertEqual(second, [.appendJournal(dataset: 0, action: .flag(item: "a", on: false), origin: .edit)])
    }

    func testNoteKeyTakesTypedTextUntilEnterAndVerdictKeysAreJustLetters() throws {
        var state = Fixtures.state(Fixtures.threeItems())
        _ = AppReducer.reduce(&state, .key(.char("n")))
        XCTAssertEqual(state.noteDraft, NoteDraft(item: 0))
        var effects: [AppEffect] = []
        for key in [KeyEvent.char("o"), .char("k"), .char(" "), .char("a"), .char("x"), KeyEvent(.backspace), KeyEvent(.backspace), KeyEvent(.enter)] {
            effects += appends(AppReducer.reduce(&state, .key(key)))
        }
        XCTAssertNil(state.noteDraft)
        XCTAssertEqual(effects, [.appendJournal(dataset: 0, action: .note(item: "a", text: "ok"), origin: .edit)])
        _ = try Fixtures.confirm(effects.element(0), in: &state, seq: 1)
        XCTAssertEqual(try state.ledgers.element(0).notes(for: "a").map(\.text), ["ok"])
        XCTAssertEqual(state.message, .info("note saved · a.png"))
    }

    func testEscapeDropsTheNoteAndAnEmptyNoteSavesNothing() {
        var state = Fixtures.state(Fixtures.threeItems())
        _ = AppReducer.reduce(&state, .key(.char("n")))
        _ = AppReducer.reduce(&state, .key(.char("z")))
        XCTAssertEqual(appends(AppReducer.reduce(&state, .key(KeyEvent(.escape)))), [])
        XCTAssertNil(state.noteDraft)
        _ = AppReducer.reduce(&state, .key(.char("n")))
        _ = AppReducer.reduce(&state, .key(.char(" ")))
        XCTAssertEqual(appends(AppReducer.reduce(&state, .key(KeyEvent(.enter)))), [])
        XCTAssertEqual(state.message, .info("empty note: nothing saved"))
    }

    func testUndoOfABatchNamesTheBatch() throws {
        var state = Fixtures.state(Fixtures.threeItems())
        let batch = AppEffect.appendJournal(dataset: 0, action: .batchVerdict(items: ["a", "b"], verdict: .good, note: nil), origin: .edit)
        _ = Fixtures.confirm(batch, in: &state, seq: 1)
        XCTAssertEqual(state.progress.good, 2)
        let undo = appends(AppReducer.reduce(&state, .key(.char("u"))))
        XCTAssertEqual(undo, [.appendJournal(dataset: 0, action: .undo(target: 1), origin: .undo)])
        _ = try Fixtures.confirm(undo.element(0), in: &state, seq: 2)
        XCTAssertEqual(state.progress.good, 0)
        XCTAssertEqual(state.message, .info("undone: good × 2 items (batch)"))
    }

    func testValidationPaneShowsReasonFlagAndNotes() {
        var state = Fixtures.state(Fixtures.threeItems(), size: TerminalSize(width: 140, height: 36))
        let events: [JournalAction] = [
            .verdict(item: "a", verdict: .bad, note: "box too wide", reason: "wrong box"),
            .flag(item: "a", on: true),
            .note(item: "a", text: "check the shadow"),
        ]
        for (offset, action) in events.enumerated() {
            _ = Fixtures.confirm(.appendJournal(dataset: 0, action: action, origin: .edit), in: &state, seq: offset + 1)
        }
        QueueNavigation.moveTo(&state, position: 0)
        let screen = Renderer.render(state, theme: Theme(name: "test")).plainTextLines().joined(separator: "\n")
        for text in ["reason wrong box", "⚑ flagged", "note ana: box too wide", "note ana: check the shadow"] {
            XCTAssertTrue(screen.contains(text), "missing '\(text)' in\n\(screen)")
        }
    }
}
