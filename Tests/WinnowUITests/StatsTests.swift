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

    func testDrillRunsShowEachGroupsThicknessesOnABrailleStrip() {
        let items = [12.1, 12.0, 12.2, 16.9].enumerated().map { n, exit -> ReviewItem in
            let labels = [(SignalEventType.entry, 4.0), (.exit, exit)].map { type, mm in
                Label(id: type.rawValue, category: type.rawValue, bbox: nil, confidence: 0.9, source: "auto", verified: false,
                      event: SignalEventPosition(type: type, sample: 0, positionMM: mm))
            }
            return ReviewItem(id: "BOX_ST_7_\(n + 1).xls", kind: .signal, path: "BOX_ST_7_\(n + 1).xls", imageURL: nil, width: 0, height: 0,
                              labels: labels, signal: SignalRun(channels: [], sampleRate: 100, firmwareVersion: 9, metadata: JSONObject()))
        }
        var state = Fixtures.state(items, size: TerminalSize(width: 120, height: 36))
        state.signalView = nil
        state.overlay = .stats
        let lines = Renderer.render(state, theme: Theme(name: "plain")).plainTextLines()
        XCTAssertTrue(lines.contains { $0.contains("Thickness per group (8.00–12.90 mm") }, lines.joined(separator: "\n"))
        let row = lines.first { $0.contains("median 8.15 mm, 4") } ?? ""
        let strip = row.components(separatedBy: "BOX_ST_7").last?.components(separatedBy: "median").first ?? ""
        XCTAssertEqual(strip.filter { ("\u{2801}"..."\u{28FF}").contains($0) }.count, 3, "8.0, 8.1 and 8.2 side by side at the left, 12.9 at the right: \(strip)")
        XCTAssertEqual(strip.trimmingCharacters(in: .whitespaces).last, "\u{2880}", "the outlier at the far right, a lone bottom dot")
    }
}
