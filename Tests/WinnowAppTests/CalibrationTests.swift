import Foundation
import WinnowApp
import WinnowCore
import WinnowSamples
import WinnowTestSupport
import XCTest

/// The drill-run tiers checked against simulated runs with known events: the table's arithmetic
/// on hand-made outcomes, then a fixed seed of the calibration runs read as `winnow` reads them.
final class CalibrationTests: XCTestCase {
    func testTheTableCountsTiersRunsWithinHalfAMillimetreAndRunsOff() {
        let outcomes = [
            CalibrationTable.Outcome(tier: .high, errorsMM: [0.1, 0.2, 0.4]),
            CalibrationTable.Outcome(tier: .high, errorsMM: [0.1, 0.7, 0.2]),  // near, not within
            CalibrationTable.Outcome(tier: .medium, errorsMM: [0.1, 1.5, 0.2]),  // off, in medium
            CalibrationTable.Outcome(tier: .low, errorsMM: [.infinity, 0.1]),  // missed: off
            CalibrationTable.Outcome(tier: .low, errorsMM: [0.0, 0.0, 0.0]),
        ]
        let table = CalibrationTable(outcomes)
        XCTAssertEqual(table.row(.high).runs, 2)
        XCTAssertEqual(table.row(.high).shareWithinHalf, 0.5)
        XCTAssertEqual(table.row(.medium).anyBeyondOne, 1)
        XCTAssertEqual([table.runsOff, table.runsOffInLow], [2, 1])
        XCTAssertFalse(table.meetsGoal)
        let labels = [(SignalEventType.entry, 5.35), (.transition, 11.3), (.exit, 18.5)].map { type, mm in
            Label(id: type.rawValue, category: type.rawValue, bbox: nil, confidence: 0.9, source: "auto", verified: false,
                  event: SignalEventPosition(type: type, sample: 0, positionMM: mm))
        }
        let missing = CalibrationTable.Outcome(tier: .low, labels: labels, truthMM: ["entry": 5.3, "transition": 11.3])
        XCTAssertEqual(missing.errorsMM.map { $0.isFinite }, [true, false, true], "entry, exit (placed where there is none), transition")
    }

    func testAFixedSeedOfSimulatedRunsMeetsTheGoal() throws {
        let runs = CalibrationCatalog.runs(count: 120, seed: 2026)
        let folder = try TemporaryFolder()
        for run in runs { try run.bytes.write(to: folder.file(run.fileName)) }
        let quirks = Set(runs.flatMap { $0.quirks.map { $0.split(separator: " ").dropFirst($0.first!.isNumber ? 1 : 0).prefix(2).joined(separator: " ") } })
        for quirk in ["steps lead", "torque spikes", "dropped stretches", "CFRP step", "one-step program", "stops before", "position jumps"] {
            XCTAssertTrue(quirks.contains { $0.hasPrefix(quirk) }, "\(quirk) among \(quirks.sorted())")
        }
        let workspace = try CommonOptions.workspace(path: folder.url.path, read: ReadOptions())
        let truth = Dictionary(uniqueKeysWithValues: runs.map { ($0.fileName, $0.truthMM) })
        let table = CalibrationTable(workspace.items.map { CalibrationTable.Outcome(tier: $0.tier(), labels: $0.labels, truthMM: truth[$0.id]!) })
        XCTAssertEqual(table.rows.map(\.runs).reduce(0, +), 120)
        XCTAssertTrue(table.meetsGoal, table.text)
        XCTAssertGreaterThan(table.row(.high).runs + table.row(.medium).runs, 30, "not everything is low: \(table.text)")
    }
}
