import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

/// The two independent placements of each event: the program's step changes (by the steps'
/// torque limits where the Program table has them, else by order) and the torque's steepest changes.
final class EventPlacementTests: XCTestCase {
    private typealias F = SignalRunFixture

    private func limits(_ rows: [(step: Int, max: Double, min: Double)]) -> JSONObject {
        JSONObject([("Program", .array(rows.map { row in
            .object(JSONObject([("Step Nb", JSONValue(Double(row.step))), ("Step On/Off", 1.0),
                                ("Torque Max (A)", JSONValue(row.max)), ("Torque Min (A)", JSONValue(row.min))]))
        }))])
    }

    func testTheProgramsStepsAheadOfTheMaterialAreReportedBesideTheTorque() throws {
        // The controller switches 50 samples (0.6 mm) before each material change, as real programs do.
        let steps = F.steps(at: [F.entry - 50, F.transition - 50, F.exit - 50])
        let run = F.run(steps: .values(steps), metadata: limits([(0, 0.3, 0), (1, 8, 0), (2, 0, 2), (3, 0, 0)]))
        let placements = SignalEventDetector.placements(run)
        XCTAssertEqual(placements.map(\.type), [.entry, .transition, .exit])
        XCTAssertEqual(placements.map { $0.program?.sample }, [F.entry - 50, F.transition - 50, F.exit - 50])
        for (p, truth) in zip(placements, [F.entry, F.transition, F.exit]) {
            XCTAssertLessThanOrEqual(abs(try XCTUnwrap(p.signal?.sample) - truth), 2)
            XCTAssertEqual(try XCTUnwrap(p.distanceMM), 0.6, accuracy: 0.03)
            XCTAssertEqual(p.chosen, .signal)
            XCTAssertGreaterThan(try XCTUnwrap(p.signalToNoise), 10)
        }
    }

    func testLimitsDecideWhichStepChangeIsWhichEvenWithAnExtraStep() {
        // An extra approach step before contact: 0 rapid → 1 approach (no limit) → 2 contact (max) → 3 CFRP (max) → 4 Ti (min).
        let steps = F.steps(at: [100, F.entry, F.transition, F.exit])
        let run = F.run(steps: .values(steps), metadata: limits([(0, 0, 0), (1, 0.3, 0), (2, 8, 0), (3, 0, 2), (4, 0, 0)]))
        let program = SignalEventDetector.placements(run).map { $0.program?.sample }
        XCTAssertEqual(program, [F.entry, F.transition, F.exit], "step 0 has no limit: its change is not an event")
        let byOrder = SignalEventDetector.placements(F.run(steps: .values(steps))).map { $0.program?.sample }
        XCTAssertEqual(byOrder, [100, F.entry, F.exit], "without limits: first, second and last")
    }

    func testAPlacementMissingOnOneSideLeavesTheOther() throws {
        let torqueOnly = SignalEventDetector.placements(F.run(steps: .absent))
        XCTAssertEqual(torqueOnly.map(\.chosen), [.signal, .signal, .signal])
        XCTAssertTrue(torqueOnly.allSatisfy { $0.program == nil && $0.distanceMM == nil })
        let flat = F.run(steps: .changesAtEvents)
        var channels = flat.channels
        channels[1] = SignalChannel(name: "I Torque", unit: "A", values: Array(repeating: 1, count: F.count))
        let stepsOnly = SignalEventDetector.placements(SignalRun(channels: channels, sampleRate: 100, firmwareVersion: 8, metadata: JSONObject()))
        XCTAssertEqual(stepsOnly.map(\.chosen), [.program, .program, .program])
        XCTAssertEqual(stepsOnly.map { $0.program?.sample }, [F.entry, F.transition, F.exit])
    }

    func testAnEventPlacedByHandIsVerifiedWithoutTheAutomaticConfidence() throws {
        let auto = SignalEventDetector.labels(for: F.run(torqueNoise: 3))
        XCTAssertLessThan(try XCTUnwrap(auto.first).confidence, 0.9)
        let moved = LabelEdit.apply(.eventSet(item: "r", event: SignalEventPosition(type: .entry, sample: 405, positionMM: 5.36)), to: auto)
        let entry = try XCTUnwrap(moved.first { $0.event?.type == .entry })
        XCTAssertEqual([entry.verified ? 1 : 0, entry.confidence], [1, 1])
        XCTAssertEqual(entry.source, "user")
        XCTAssertEqual(moved.filter { !$0.verified }.map(\.source), ["auto", "auto"], "the others stay automatic")
    }
}
