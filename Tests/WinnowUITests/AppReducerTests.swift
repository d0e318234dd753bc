import WinnowTestSupport
import XCTest
import WinnowCanvas
import WinnowCore
@testable import WinnowUI

final class AppReducerTests: XCTestCase {
    private func journalEffects(_ effects: [AppEffect]) -> [AppEffect] {
        effects.filter { if case .appendJournal = $0 { return true } else { return false } }
    }

    func testVerdictKeyAsksForAJournalAppendAndMovesOnlyOnceSaved() throws {
        var state = Fixtures.state(Fixtures.threeItems())
        let effects = journalEffects(AppReducer.reduce(&state, .key(.char("a"))))
        XCTAssertEqual(effects, [.appendJournal(dataset: 0, action: .verdict(item: "a", verdict: .good, note: nil, reason: nil), origin: .verdict(item: 0))])
        XCTAssertEqual(state.cursor, 0, "not saved yet: the cursor stays")
        XCTAssertNil(state.verdict(ofItem: 0))

        _ = try Fixtures.confirm(effects.element(0), in: &state, seq: 1)
        XCTAssertEqual(state.verdict(ofItem: 0)?.verdict, .good)
        XCTAssertEqual(state.cursor, 1)
        XCTAssertEqual(state.message, .info("saved: good · a.png"))
    }

    func testFailedAppendShowsErrorAndKeepsCursor() {
        var state = Fixtures.state(Fixtures.threeItems())
        _ = AppReducer.reduce(&state, .key(.char("x")))
        _ = AppReducer.reduce(&state, .journalFailed("journal.jsonl: cannot write (No space left on device); the last action was NOT saved"))
        XCTAssertEqual(state.cursor, 0)
        XCTAssertEqual(state.message?.isError, true)
        XCTAssertNil(state.verdict(ofItem: 0))
    }

    func testUndoNamesABoxEditAndItsItem() throws {
        var state = Fixtures.state(Fixtures.threeItems())
        _ = AppReducer.reduce(&state, .key(.char("e")))
        let edit = try journalEffects(AppReducer.reduce(&state, .key(KeyEvent(.right)))).element(0)
        _ = Fixtures.confirm(edit, in: &state, seq: 1)
        _ = AppReducer.reduce(&state, .key(KeyEvent(.escape)))
        let undo = journalEffects(AppReducer.reduce(&state, .key(.char("u"))))
        XCTAssertEqual(undo, [.appendJournal(dataset: 0, action: .undo(target: 1), origin: .undo)])
        _ = try Fixtures.confirm(undo.element(0), in: &state, seq: 2)
        XCTAssertEqual(state.message, .info("undone: edit of box button (button) on a.png"))
    }

    func testUndoTargetsTheLastVerdictAndReturnsToItsItem() throws {
        var state = Fixtures.state(Fixtures.threeItems())
        for (seq, key) in [(1, "a"), (2, "x")] {
            let effect = try journalEffects(AppReducer.reduce(&state, .key(.char(Character(key))))).element(0)
            _ = Fixtures.confirm(effect, in: &state, seq: seq)
        }
        XCTAssertEqual(state.cursor, 2)
        let undo = journalEffects(AppReducer.reduce(&state, .key(.char("u"))))
        XCTAssertEqual(undo, [.appendJournal(dataset: 0, action: .undo(target: 2), origin: .undo)])
        _ = try Fixtures.confirm(undo.element(0), in: &state, seq: 3)
        XCTAssertNil(state.verdict(ofItem: 1))
        XCTAssertEqual(state.cursor, 1, "undo shows the item it changed")
        XCTAssertEqual(state.message, .info("undone: bad on b.png"))

        let redo = journalEffects(AppReducer.reduce(&state, .key(.char("U"))))
        XCTAssertEqual(redo, [.appendJournal(dataset: 0, action: .redo(target: 2), origin: .redo)])
        _ = try Fixtures.confirm(redo.element(0), in: &state, seq: 4)
        XCTAssertEqual(state.verdict(ofItem: 1)?.verdict, .bad)
    }

    func testNothingToUndoSaysSo() {
        var state = Fixtures.state(Fixtures.threeItems())
        XCTAssertTrue(journalEffects(AppReducer.reduce(&state, .key(.char("u")))).isEmpty)
        XCTAssertEqual(state.message, .info("nothing to undo"))
    }

    func testNavigationClampsAndTabCyclesLabels() {
        var state = Fixtures.state(Fixtures.threeItems())
        XCTAssertEqual(state.selectedLabel, 0)
        _ = AppReducer.reduce(&state, .key(KeyEvent(.tab)))
        XCTAssertEqual(state.selectedLabel, 1)
        _ = AppReducer.reduce(&state, .key(KeyEvent(.tab)))
        XCTAssertEqual(state.selectedLabel, 0)
        _ = AppReducer.reduce(&state, .key(KeyEvent(.tab, modifiers: .shift)))
        XCTAssertEqual(state.selectedLabel, 1)
        _ = AppReducer.reduce(&state, .key(KeyEvent(.up)))
        XCTAssertEqual(state.cursor, 0)
        _ = AppReducer.reduce(&state, .key(KeyEvent(.end)))
        XCTAssertEqual(state.cursor, 2)
        XCTAssertNil(state.selectedLabel, "an item without labels has nothing selected")
        _ = AppReducer.reduce(&state, .key(.char("j")))
        XCTAssertEqual(state.cursor, 2)
    }

    func testHelpOverlayTakesKeysFirstAndAnyOtherKeyClosesIt() {
        var state = Fixtures.state(Fixtures.threeItems())
        _ = AppReducer.reduce(&state, .key(.char("?")))
        XCTAssertEqual(state.overlay, .help)
        let effects = AppReducer.reduce(&state, .key(.char("q")))
        XCTAssertEqual(state.overlay, .none)
        XCTAssertFalse(effects.contains(.quit), "q in help closes help, it does not quit")
        _ = AppReducer.reduce(&state, .key(.char("?")))
        _ = AppReducer.reduce(&state, .key(.char("z")))
        XCTAssertEqual(state.overlay, .none)
        XCTAssertTrue(AppReducer.reduce(&state, .key(.char("q"))).contains(.quit))
    }

    func testThumbnailsAreRequestedForTheCurrentItemFirstThenAhead() {
        var items = Fixtures.threeItems()
        items.append(Fixtures.item("d", labels: []))
        items.append(Fixtures.item("e", labels: []))
        var state = Fixtures.state(items)
        let effects = AppReducer.reduce(&state, .resized(state.size))
        guard case .loadThumbnails(let requests)? = effects.last else { return XCTFail("no thumbnail requests: \(effects)") }
        XCTAssertEqual(requests.map(\.key.item), [0, 1, 2, 3])
        // Asked once: a second action does not ask again.
        XCTAssertFalse(AppReducer.reduce(&state, .key(.char("?"))).contains { if case .loadThumbnails = $0 { return true } else { return false } })
    }

    func testExternalEventsFromAnotherReviewerShow() {
        var state = Fixtures.state(Fixtures.threeItems())
        let event = JournalEvent(seq: 1, time: "2026-11-22T05:00:00.000Z", reviewer: "bo",
                                 action: .verdict(item: "c", verdict: .bad, note: nil, reason: nil))
        _ = AppReducer.reduce(&state, .externalEvents([(0, event)]))
        XCTAssertEqual(state.verdict(ofItem: 2)?.reviewer, "bo")
        XCTAssertEqual(state.progress.bad, 1)
    }
}
