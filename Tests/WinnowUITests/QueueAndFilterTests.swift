import XCTest
import WinnowCanvas
import WinnowCore
@testable import WinnowUI

final class QueueAndFilterTests: XCTestCase {
    private func press(_ state: inout AppState, _ keys: String) -> [AppEffect] {
        try! KeyNotation.parse(keys).flatMap { AppReducer.reduce(&state, .key($0)) }
    }

    func testTriageQueueShowsUnreviewedLowestConfidenceFirst() {
        var state = Fixtures.state(Fixtures.threeItems())   // confidences 0.8, 0.5, none
        _ = press(&state, "Q")
        XCTAssertEqual(state.queueName, .triage)
        XCTAssertEqual(state.queue, [2, 1, 0], "no confidence first, then 0.5, then 0.8")
        XCTAssertEqual(state.currentItemIndex, 0, "switching keeps the current item")
        XCTAssertEqual(state.message, .info("queue: triage (3 items)"))
        _ = press(&state, "Q Q")
        XCTAssertEqual(state.queueName, .medium)
        XCTAssertEqual(state.queue, [0])
    }

    func testFilterNarrowsTheQueueAndABadTermKeepsThePreviousFilter() {
        var state = Fixtures.state(Fixtures.threeItems())
        _ = press(&state, "/ c a t : f i e l d <Enter>")
        XCTAssertEqual(state.overlay, .none)
        XCTAssertEqual(state.queue, [0])
        XCTAssertEqual(state.filter.text, "cat:field")
        _ = press(&state, "/ <BS> <BS> <BS> <BS> <BS> <BS> <BS> <BS> <BS> t y e r : l o w <Enter>")
        XCTAssertEqual(state.overlay, .filterPrompt("tyer:low"), "the prompt stays open to fix the term")
        XCTAssertTrue(state.message?.text.hasPrefix("column 1: unknown field 'tyer'") ?? false, "\(String(describing: state.message))")
        XCTAssertEqual(state.filter.text, "cat:field", "the previous filter stays")
        _ = press(&state, "<Esc>")
        XCTAssertEqual(state.queue, [0])
        _ = press(&state, "/ <BS> <BS> <BS> <BS> <BS> <BS> <BS> <BS> <BS> <Enter>")
        XCTAssertEqual(state.queue, [0, 1, 2], "an empty filter clears")
    }

    func testFilterThatMatchesNothingSaysSo() {
        var state = Fixtures.state(Fixtures.threeItems())
        _ = press(&state, "/ n o t h i n g - l i k e - t h i s <Enter>")
        XCTAssertTrue(state.queue.isEmpty)
        XCTAssertEqual(state.message?.isError, true)
        XCTAssertNil(state.currentItemIndex)
        XCTAssertTrue(press(&state, "a").isEmpty, "no verdict without an item")
    }

    func testMovingAsksToRememberThePositionAndResumeRestoresIt() {
        var state = Fixtures.state(Fixtures.threeItems())
        let effects = press(&state, "Q k")
        XCTAssertTrue(effects.contains(.rememberPosition(ReviewPosition(queue: "triage", filter: "", item: "b"))), "\(effects)")
        XCTAssertEqual(effects.last, .claim(item: 1), "in triage the item is claimed")
        _ = AppReducer.reduce(&state, .claimedByOther(item: 1, reviewer: "bo"))
        XCTAssertEqual(state.currentItem?.id, "a", "claimed by another reviewer: triage moves on")
        XCTAssertEqual(state.message, .info("skipped b: bo is reviewing it"))
        var restarted = Fixtures.state(Fixtures.threeItems())
        restarted.resume(at: ReviewPosition(queue: "triage", filter: "", item: "b"))
        XCTAssertEqual(restarted.queueName, .triage)
        XCTAssertEqual(restarted.currentItem?.id, "b")
    }

    func testTierThresholdsAreConfigurable() {
        var state = Fixtures.state(Fixtures.threeItems())
        state.thresholds = TierThresholds(high: 0.7, medium: 0.4)
        _ = press(&state, "Q Q")
        XCTAssertEqual(state.queueName, .high)
        XCTAssertEqual(state.queue, [0], "0.8 is high with --tiers 0.7,0.4")
    }
}

final class BatchAcceptTests: XCTestCase {
    func testBatchAcceptAsksThenWritesOneBatchOfTheUnreviewedItems() {
        var state = Fixtures.state(Fixtures.threeItems())
        let event = JournalEvent(seq: 1, time: "2026-11-22T05:00:00.000Z", reviewer: "ana",
                                 action: .verdict(item: "b", verdict: .bad, note: nil, reason: nil))
        state.apply(event, dataset: 0)
        _ = AppReducer.reduce(&state, .key(.char("B")))
        XCTAssertEqual(state.overlay, .confirmBatch(items: [0, 2]))
        let cancelled = AppReducer.reduce(&state, .key(.char("n")))
        XCTAssertFalse(cancelled.contains { if case .appendJournal = $0 { return true } else { return false } })
        _ = AppReducer.reduce(&state, .key(.char("B")))
        let effects = AppReducer.reduce(&state, .key(.char("y")))
        XCTAssertEqual(effects.first, .appendJournal(dataset: 0, action: .batchVerdict(items: ["a", "c"], verdict: .good, note: nil), origin: .batch))
    }

    func testAuditDrawAsksTheRunnerForASampleOfTheTierShown() {
        var state = Fixtures.state(Fixtures.threeItems())   // a medium, b and c low
        _ = AppReducer.reduce(&state, .key(.char("Q")))     // triage: current item a, medium
        let effects = AppReducer.reduce(&state, .key(.char("A")))
        XCTAssertEqual(effects.first, .drawAudit(tier: .medium, count: 1))
    }
}

final class ReasonPickerTests: XCTestCase {
    func testRPicksAReasonForABadVerdictByDigit() {
        var state = Fixtures.state(Fixtures.threeItems())
        _ = AppReducer.reduce(&state, .key(.char("R")))
        XCTAssertEqual(state.message?.isError, true, "no reasons configured: says how to add them")
        XCTAssertEqual(state.overlay, .none)
        state.reasons = ["wrong box", "duplicate"]
        _ = AppReducer.reduce(&state, .key(.char("R")))
        XCTAssertEqual(state.overlay, .reasonPicker)
        let effects = AppReducer.reduce(&state, .key(.char("2")))
        XCTAssertEqual(effects.first, .appendJournal(dataset: 0, action: .verdict(item: "a", verdict: .bad, note: nil, reason: "duplicate"),
                                                     origin: .verdict(item: 0)))
        _ = AppReducer.reduce(&state, .key(.char("R")))
        XCTAssertFalse(AppReducer.reduce(&state, .key(.char("7"))).contains { if case .appendJournal = $0 { return true } else { return false } })
        XCTAssertEqual(state.overlay, .none)
    }
}
