import Foundation
import XCTest

@testable import WinnowCore

/// The sample drill runs (made by `winnow-sample-generator --drilling`, and by `winnow` on first
/// use) load, match their own bytes, and carry the quirks the README promises.
final class SetitecSampleDatasetTests: XCTestCase {
    private let folder = GeneratedSamples.drilling

    private func run(_ name: String) throws -> SetitecFile {
        try SetitecReader.read(fileAt: folder.appendingPathComponent(name)).get()
    }

    func testEveryRunLoadsWithTheFilesCountsAndValues() throws {
        XCTAssertEqual(DatasetDetector.detect(folder), .signals)
        XCTAssertEqual(DatasetDetector.detect(folder.deletingLastPathComponent()), .workspace)
        let dataset = try SignalsReader.read(folder, options: ReadOptions())
        XCTAssertEqual(dataset.issues, [])
        XCTAssertEqual(dataset.items.map(\.id), [
            "SAMPLE_BOX-C_ST_3001_1.xls", "SAMPLE_BOX-C_ST_3001_2.xls", "SAMPLE_COUPON-A_ST_1001_1.xls", "SAMPLE_COUPON-A_ST_1001_2.xls",
            "SAMPLE_COUPON-A_ST_1001_3.xls", "SAMPLE_COUPON-B_ST_2001_1.xls", "SAMPLE_COUPON-B_ST_2001_2.xls",
        ])
        for item in dataset.items {
            let run = try XCTUnwrap(item.signal)
            let raw = try SetitecRawTable(contentsOf: folder.appendingPathComponent(item.id))
            XCTAssertEqual(run.sampleCount, raw.rowCount, item.id)
            XCTAssertGreaterThan(run.sampleCount, 1400, item.id)
            XCTAssertEqual(run.sampleRate, 100, item.id)
            for (channel, column) in [("Position", "Position (mm)"), ("I Torque", "I Torque (A)")] {
                XCTAssertEqual(run.channel(channel)?.values.first, raw.value(row: 0, column: column), item.id)
                XCTAssertEqual(run.channel(channel)?.values.last, raw.value(row: raw.rowCount - 1, column: column), item.id)
            }
            XCTAssertFalse(item.readIssues.contains { $0.code == "signal.non-numeric" }, item.id)
        }
    }

    /// `winnow` with no path opens SampleDatasets/ as a workspace: the drill runs are one of its datasets.
    func testSampleWorkspaceIncludesTheDrillRuns() throws {
        let workspace = try WorkspaceLoader.load(path: folder.deletingLastPathComponent().path, options: ReadOptions())
        let drilling = try XCTUnwrap(workspace.datasets.first { $0.name == "drilling" })
        XCTAssertEqual(drilling.format, .signals)
        XCTAssertEqual(drilling.items.count, 7)
        XCTAssertTrue(drilling.items.allSatisfy { $0.kind == .signal && $0.labels.allSatisfy { $0.source == "auto" } })
    }

    /// Torque ramps up at entry, steps up into titanium and falls at exit; Position is negative.
    func testSignalsArePlausibleDrillRuns() throws {
        let run = try run("SAMPLE_COUPON-A_ST_1001_1.xls").run
        let depth = try XCTUnwrap(run.depth)
        let torque = try XCTUnwrap(run.channel("I Torque")?.values)
        func meanTorque(_ range: ClosedRange<Double>) -> Double {
            let values = zip(depth, torque).filter { range.contains($0.0) }.map(\.1)
            return values.reduce(0, +) / Double(values.count)
        }
        XCTAssertTrue(run.channel("Position")!.values.allSatisfy { $0 < 0 })
        XCTAssertEqual(meanTorque(1...4), 0, accuracy: 0.1, "air")
        XCTAssertEqual(meanTorque(7...9.5), 2.6, accuracy: 0.2, "CFRP")
        XCTAssertEqual(meanTorque(12...13.5), 7.4, accuracy: 0.3, "titanium")
        XCTAssertLessThan(torque.last!, 1, "exit")
        XCTAssertEqual(Set(try XCTUnwrap(run.step)), [0, 1, 2, 3])
        XCTAssertEqual(run.metadata["Step Results"]?.arrayValue?.count, 4)
    }

    /// Where the generator put each run's material boundaries (|Position| of entry, CFRP -> titanium,
    /// exit; SampleDatasets/README.md) and the tier its auto-labels should land in: runs whose torque
    /// shows every event clearly high, even where the program switches a step 1 mm early or never (a
    /// one-step program); the doubtful run low.
    private static let expectedAutoLabels: [(file: String, tier: Tier, truthMM: [Double], weakest: SignalEventType?)] = [
        ("SAMPLE_COUPON-A_ST_1001_1.xls", .high, [4.62, 10.12, 14.12], nil),
        ("SAMPLE_COUPON-A_ST_1001_2.xls", .high, [4.72, 10.32, 14.22], nil),
        ("SAMPLE_COUPON-B_ST_2001_1.xls", .high, [4.12, 10.62, 13.62], nil),
        ("SAMPLE_COUPON-A_ST_1001_3.xls", .high, [4.52, 9.92, 14.02], .entry),
        ("SAMPLE_BOX-C_ST_3001_1.xls", .high, [4.62, 9.62, 13.12], .transition),
        ("SAMPLE_COUPON-B_ST_2001_2.xls", .high, [4.22, 10.62, 13.72], nil),
        ("SAMPLE_BOX-C_ST_3001_2.xls", .low, [4.62, 9.82, 13.42], nil),
    ]

    /// The triage queue has all three tiers to order, and on every run that is not deliberately
    /// doubtful each auto-label sits within a few samples of the generator's truth.
    func testAutoLabelTiersAndEventsNearTheGeneratorsTruth() throws {
        let dataset = try SignalsReader.read(folder, options: ReadOptions())
        XCTAssertEqual(Set(dataset.items.map(\.id)), Set(Self.expectedAutoLabels.map(\.file)))
        for expected in Self.expectedAutoLabels {
            let item = try XCTUnwrap(dataset.items.first { $0.id == expected.file })
            let depth = try XCTUnwrap(item.signal?.depth)
            let confidences = item.labels.map { "\($0.category) \(String(format: "%.3f", $0.confidence))" }
            XCTAssertEqual(item.tier(), expected.tier, "\(expected.file): \(confidences)")
            guard expected.tier != .low else { continue }
            let events = item.labels.compactMap(\.event)
            XCTAssertEqual(events.map(\.type), [.entry, .transition, .exit], expected.file)
            for (event, truthMM) in zip(events, expected.truthMM) {
                let truth = try XCTUnwrap(depth.firstIndex { $0 >= truthMM })
                XCTAssertLessThanOrEqual(abs(event.sample - truth), 6, "\(expected.file) \(event.type): sample \(event.sample), truth \(truth)")
            }
            if let weakest = expected.weakest {
                let lowest = item.labels.min { $0.confidence < $1.confidence }
                XCTAssertEqual(lowest?.event?.type, weakest, "\(expected.file): \(confidences)")
            }
        }
    }

    func testLatin1Comment() throws {
        XCTAssertEqual(try run("SAMPLE_COUPON-A_ST_1001_1.xls").run.metadata["Cycle Parameters"]?["Comment"], "Perçage CFRP/Ti, éprouvette A")
    }

    func testNULByteInMotorName() throws {
        let file = try run("SAMPLE_COUPON-A_ST_1001_2.xls")
        XCTAssertEqual(file.run.metadata["Motor Datas"]?["Motor Name"], "Light_EDU")
        XCTAssertEqual(file.issues.map(\.code), ["signal.nul-bytes"])
    }

    func testSemicolonConvertedDialect() throws {
        let file = try run("SAMPLE_COUPON-A_ST_1001_3.xls")
        XCTAssertEqual(file.run.firmwareVersion, 8)
        XCTAssertEqual(file.run.channel("Position")?.values.first, -0.62)
        XCTAssertEqual(file.run.metadata["Motor Datas"]?["Motor M2 Ratio"], 21.923)
        XCTAssertEqual(file.issues.map(\.code), ["signal.section-mismatch"])
    }

    func testVersion11DuplicatedHeaderNameAndStepSwitchedOff() throws {
        let file = try run("SAMPLE_COUPON-B_ST_2001_1.xls")
        XCTAssertEqual(file.run.firmwareVersion, 11)
        XCTAssertEqual(file.issues.map(\.code), ["signal.header-mismatch"])
        XCTAssertEqual(file.run.channels.count, 9)
        XCTAssertEqual(file.run.metadata["Program"]?.arrayValue?.first?["Feed (mm/tr)"], "Inf")
        XCTAssertEqual(Set(try XCTUnwrap(file.run.step)), [1, 2, 3, 4])
    }

    func testOneStepRun() throws {
        let run = try run("SAMPLE_COUPON-B_ST_2001_2.xls").run
        XCTAssertEqual(Set(try XCTUnwrap(run.step)), [1])
        XCTAssertEqual(run.metadata["Step Results"]?.arrayValue?.count, 1)
    }

    func testVersion4SplitHeaderAndDegreeSign() throws {
        let file = try run("SAMPLE_BOX-C_ST_3001_1.xls")
        XCTAssertEqual(file.run.firmwareVersion, 4)
        XCTAssertEqual(file.run.channels.count, 12)
        XCTAssertEqual(file.issues.map(\.code), ["signal.split-header"])
        XCTAssertEqual(file.run.metadata["Control Box Datas"]?.objectValue?.count, 12)
        XCTAssertEqual(file.run.metadata["Pset"]?["Pset n°"], 0)
    }

    /// The doubtful run: no step at the CFRP -> titanium transition, and a position that goes back.
    func testDoubtfulRunHasAMissingStepAndReversedPosition() throws {
        let file = try run("SAMPLE_BOX-C_ST_3001_2.xls")
        let program = try XCTUnwrap(file.run.metadata["Program"]?.arrayValue)
        XCTAssertEqual(program.map { $0["Step On/Off"] }, [1, 0, 1])
        XCTAssertEqual(Set(try XCTUnwrap(file.run.step)), [0, 2])
        let depth = try XCTUnwrap(file.run.depth)
        let largestStepBack = zip(depth, depth.dropFirst()).map { $0 - $1 }.max() ?? 0
        XCTAssertGreaterThan(largestStepBack, 0.05)
        XCTAssertEqual(file.issues.map(\.code), ["signal.clock-not-set"])
    }
}
