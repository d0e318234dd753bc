import Foundation
import WinnowSamples
import WinnowTestSupport
import XCTest

@testable import WinnowCore

/// A run against the other runs of its drilling group: thickness against the group's median,
/// its automatic events doubted in proportion, far outliers flagged with the numbers.
final class GroupConsistencyTests: XCTestCase {
    private func run(_ name: String, entry: Double, exit: Double, verifiedExit: Bool = false) -> ReviewItem {
        let labels = [(SignalEventType.entry, entry, false), (.exit, exit, verifiedExit)].map { type, mm, verified in
            Label(id: type.rawValue, category: type.rawValue, bbox: nil, confidence: 0.9, source: verified ? "user" : "auto", verified: verified,
                  event: SignalEventPosition(type: type, sample: 0, positionMM: mm))
        }
        return ReviewItem(id: name, kind: .signal, path: name, imageURL: nil, width: 0, height: 0, labels: labels,
                          signal: SignalRun(channels: [], sampleRate: 100, firmwareVersion: 9, metadata: JSONObject()))
    }

    func testARunFarFromItsGroupIsDoubtedAndFlaggedAndSmallGroupsAreLeftAlone() throws {
        let items = [
            run("BOX_ST_7_1.xls", entry: 4, exit: 12.1), run("BOX_ST_7_2.xls", entry: 4, exit: 12.0), run("BOX_ST_7_3.xls", entry: 4, exit: 12.2),
            run("BOX_ST_7_4.xls", entry: 4, exit: 16.9), run("PAIR_ST_8_1.xls", entry: 4, exit: 30), run("PAIR_ST_8_2.xls", entry: 4, exit: 8),
        ]
        let out = GroupConsistency.applied(to: items)
        // Median of 8.1, 8.0, 8.2, 12.9 is 8.15: the first run is 0.6 % off, the fourth 58 %.
        XCTAssertEqual(try out.element(0).labels.element(0).confidence, 0.9 * exp(-pow(0.05 / 8.15 / 0.15, 2)), accuracy: 1e-12)
        XCTAssertLessThan(try out.element(3).labels.element(0).confidence, 0.001)
        XCTAssertEqual(try out.element(3).readIssues.map(\.message), ["thickness 12.90 mm, group median 8.15 mm (BOX_ST_7, 4 runs)"])
        XCTAssertEqual(out.prefix(3).flatMap(\.readIssues), [])
        XCTAssertEqual(try out.element(4).labels.map(\.confidence), [0.9, 0.9], "a group of two is not compared")
        let thicknesses = DrillGroupThickness.of(out)
        XCTAssertEqual(thicknesses.map(\.group), ["BOX_ST_7", "PAIR_ST_8"])
        XCTAssertEqual(try thicknesses.element(0).median, 8.15, accuracy: 1e-12)
    }

    func testAHandPlacedEventKeepsItsConfidence() throws {
        let items = [run("G_1_1.xls", entry: 4, exit: 12), run("G_1_2.xls", entry: 4, exit: 12), run("G_1_3.xls", entry: 4, exit: 20, verifiedExit: true)]
        let out = GroupConsistency.applied(to: items)
        XCTAssertEqual(try out.element(2).labels.first { $0.verified }?.confidence, 0.9, "verified events are not the detector's to doubt")
        XCTAssertLessThan(try out.element(2).labels.element(0).confidence, 0.5)
    }

    func testAGroupSheetPutsRunsTogetherThatTheirNamesKeepApart() throws {
        let folder = try TemporaryFolder()
        _ = try SampleWriter.writeDrilling(to: folder.url)
        let byName = try SignalsReader.read(folder.url, options: ReadOptions())
        XCTAssertEqual(Set(byName.items.compactMap { $0.metadata["group"]?.stringValue }), ["SAMPLE_COUPON-A_ST_1001", "SAMPLE_COUPON-B_ST_2001", "SAMPLE_BOX-C_ST_3001"])
        var options = ReadOptions()
        options.groups = Dictionary(uniqueKeysWithValues: byName.items.map { ($0.id, "ALL") })
        let together = try SignalsReader.read(folder.url, options: options)
        XCTAssertEqual(DrillGroupThickness.of(together.items).map(\.group), ["ALL"])
        XCTAssertEqual(DrillGroupThickness.of(together.items).first?.thicknesses.count, 7)
        XCTAssertFalse(together.items.flatMap(\.readIssues).filter { $0.code == "signal.group-outlier" }.isEmpty,
                       "the doubtful run's short thickness stands out among all seven")
    }
}
