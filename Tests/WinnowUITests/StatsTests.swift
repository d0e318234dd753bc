import XCTest
import WinnowCanvas
import WinnowCore
@testable import WinnowUI

final class StatsTests: XCTestCase {
    func testCountsByTierVerdictAndCategory() {
        var state = Fixtures.state(Fixtures.threeItems())   // a: button+field 0.8 (medium), b: button 0.5, c: none
        let event = JournalEvent(seq: 1, time: "2026-11-22T05:00:00.000Z", reviewer: "ana",
                                 action: .verdict(item: "b", verdict: .bad, note: nil, reason: nil))
        state.apply(event, dataset: 0)
        let counts = StatsCounts(state)
        XCTAssertEqual(counts.byTier[.medium], [1, 0, 0, 0])
        XCTAssertEqual(counts.byTier[.low], [1, 0, 1, 0])
        XCTAssertEqual(counts.byCategory.first?.0, "button")
        XCTAssertEqual(counts.byCategory.first?.1, [1, 0, 1, 0])
        XCTAssertEqual(StatsCounts.histogram([0.0, 0.5, 0.99, 1.0, nil], bins: 4), [2, 0, 1, 2])
    }

    func testStatsOverlayOpensWithSAndCloses() {
        var state = Fixtures.state(Fixtures.threeItems())
        _ = AppReducer.reduce(&state, .key(.char("s")))
        XCTAssertEqual(state.overlay, .stats)
        let text = Renderer.render(state, theme: Theme(name: "t")).plainTextLines().joined(separator: "\n")
        XCTAssertTrue(text.contains("Progress 0/3 reviewed"), text)
        XCTAssertTrue(text.contains("Item confidence"), text)
        _ = AppReducer.reduce(&state, .key(.char("x")))
        XCTAssertEqual(state.overlay, .none, "any other key closes it, without a verdict")
        XCTAssertNil(state.verdict(ofItem: 0))
    }
}

/// Progress is kept in step by each applied event instead of being counted on every frame.
final class ProgressCountTests: XCTestCase {
    private func event(_ seq: Int, _ action: JournalAction) -> JournalEvent {
        JournalEvent(seq: seq, time: "2026-11-22T09:00:0\(seq)Z", reviewer: "ana", action: action)
    }

    func testVerdictsBatchesUndoAndRedoMoveTheCountsAsAFullCountWould() {
        var state = Fixtures.state(Fixtures.threeItems())
        XCTAssertEqual(state.progress, ReviewProgress(total: 3))
        let steps: [JournalAction] = [
            .verdict(item: "a", verdict: .good, note: nil, reason: nil),
            .batchVerdict(items: ["b", "c"], verdict: .bad, note: nil),
            .verdict(item: "a", verdict: .skip, note: nil, reason: nil),
            .undo(target: 2), .redo(target: 2), .undo(target: 3),
            .note(item: "a", text: "nothing to count"),
        ]
        var expected: [(good: Int, bad: Int, skip: Int)] = [(1, 0, 0), (1, 2, 0), (0, 2, 1), (0, 0, 1), (0, 2, 1), (1, 2, 0), (1, 2, 0)]
        for (offset, action) in steps.enumerated() {
            state.apply(event(offset + 1, action), dataset: 0)
            let (good, bad, skip) = expected.removeFirst()
            XCTAssertEqual([state.progress.good, state.progress.bad, state.progress.skip], [good, bad, skip], "after \(action)")
            XCTAssertEqual(state.progress, AppState.countProgress(state), "after \(action)")
        }
        state.apply(event(1, .verdict(item: "b", verdict: .good, note: nil, reason: nil)), dataset: 0)  // a repeated seq changes nothing
        XCTAssertEqual(state.progress, AppState.countProgress(state))
    }
}
