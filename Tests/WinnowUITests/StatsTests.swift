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
