import WinnowTestSupport
import XCTest
import WinnowCanvas
import WinnowCore
@testable import WinnowUI

final class SignalCommandsTests: XCTestCase {
    /// A 1000-sample run whose depth is sample/100 mm, with auto events at 200, 500 and 800.
    private func signalState() -> AppState {
        let samples = 1000
        let run = SignalRun(channels: [
            SignalChannel(name: "Position", unit: "mm", values: (0..<samples).map { -Double($0) / 100 }),
            SignalChannel(name: "I Torque", unit: "A", values: (0..<samples).map { Double($0 % 50) }),
            SignalChannel(name: "I Thrust", unit: "A", values: Array(repeating: 1, count: samples)),
            SignalChannel(name: "Step", unit: "nb", values: (0..<samples).map { $0 < 500 ? 1 : 2 }),
        ], sampleRate: 100, firmwareVersion: 9, metadata: JSONObject())
        let labels = [(SignalEventType.entry, 200), (.transition, 500), (.exit, 800)].map { type, sample in
            Label(id: type.rawValue, category: type.rawValue, bbox: nil, confidence: 0.8, source: "auto", verified: false,
                  event: SignalEventPosition(type: type, sample: sample, positionMM: Double(sample) / 100))
        }
        let item = ReviewItem(id: "run_1.xls", kind: .signal, path: "run_1.xls", imageURL: nil, width: 0, height: 0,
                              labels: labels, signal: run)
        return Fixtures.state([item], size: TerminalSize(width: 120, height: 40))
    }

    private func press(_ state: inout AppState, _ keys: String) -> [AppEffect] {
        try! KeyNotation.parse(keys).flatMap { AppReducer.reduce(&state, .key($0)) }
    }

    func testTabSelectsEventsInOrderAndRightMovesTheSelectedOneByAColumn() throws {
        var state = signalState()
        XCTAssertEqual(state.signalView?.visibleCount, 1000)
        _ = press(&state, "<Tab> <Tab>")
        XCTAssertEqual(state.signalView?.selectedEvent, .transition)
        let perColumn = SignalLayout.samplesPerColumn(state.signalView!, state)
        let effects = press(&state, "<Right>")
        guard case .appendJournal(_, .eventSet(let item, let event), .edit)? = effects.first else {
            return XCTFail("expected an event.set append, got \(effects)")
        }
        XCTAssertEqual(item, "run_1.xls")
        XCTAssertEqual(event.type, .transition)
        XCTAssertEqual(event.sample, 500 + perColumn)
        XCTAssertEqual(event.positionMM, Double(500 + perColumn) / 100, accuracy: 1e-9)
        // Shift moves ten columns.
        guard case .appendJournal(_, .eventSet(_, let far), _)? = press(&state, "<S-Left>").first else { return XCTFail() }
        XCTAssertEqual(far.sample, 500 - 10 * perColumn)
    }

    func testConfirmedMoveIsVerifiedAndUndoRestoresTheAutoLabel() throws {
        var state = signalState()
        _ = press(&state, "<Tab>")
        let effect = try press(&state, "<Right>").element(0)
        _ = Fixtures.confirm(effect, in: &state, seq: 1)
        let entry = try XCTUnwrap(state.currentItem?.labels.first { $0.event?.type == .entry })
        XCTAssertTrue(entry.verified)
        XCTAssertGreaterThan(entry.event!.sample, 200)
        XCTAssertTrue(state.message?.text.hasPrefix("entry at ") ?? false, "\(String(describing: state.message))")

        let undo = try press(&state, "u").element(0)
        _ = Fixtures.confirm(undo, in: &state, seq: 2)
        let restored = try XCTUnwrap(state.currentItem?.labels.first { $0.event?.type == .entry })
        XCTAssertEqual(restored.event?.sample, 200)
        XCTAssertFalse(restored.verified)
    }

    func testPlaceAtCursorAndDelete() throws {
        var state = signalState()
        _ = press(&state, "<Tab>")
        let delete = try press(&state, "d").element(0)
        XCTAssertEqual(delete, .appendJournal(dataset: 0, action: .eventDelete(item: "run_1.xls", type: .entry), origin: .edit))
        _ = Fixtures.confirm(delete, in: &state, seq: 1)
        XCTAssertNil(state.currentItem?.labels.first { $0.event?.type == .entry })
        let cursor = state.signalView!.cursor
        let place = try press(&state, "e").element(0)
        guard case .appendJournal(_, .eventSet(_, let placed), _) = place else { return XCTFail() }
        XCTAssertEqual(placed.sample, cursor)
        _ = Fixtures.confirm(place, in: &state, seq: 2)
        let entry = try XCTUnwrap(state.currentItem?.labels.first { $0.event?.type == .entry })
        XCTAssertEqual(entry.source, "user", "deleted, then placed anew: the reviewer's event")
    }

    func testZoomKeepsTheCursorAndPanStaysInsideTheRun() {
        var state = signalState()
        _ = press(&state, "+ +")
        XCTAssertEqual(state.signalView?.visibleCount, 250)
        XCTAssertTrue((state.signalView!.first...state.signalView!.last).contains(state.signalView!.cursor))
        _ = press(&state, "] ] ] ] ] ] ] ]")
        XCTAssertEqual(state.signalView?.last, 999)
        _ = press(&state, "0")
        XCTAssertEqual(state.signalView?.first, 0)
        XCTAssertEqual(state.signalView?.last, 999)
        _ = press(&state, "m")
        XCTAssertEqual(state.signalView?.xAxis, .sample)
    }
}
