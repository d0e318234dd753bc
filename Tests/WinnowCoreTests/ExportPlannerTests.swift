import Foundation
import WinnowTestSupport
import XCTest
@testable import WinnowCore

final class ExportPlannerTests: XCTestCase {
    /// Kept until the test ends: a fixture's folder goes with it.
    private var fixtures: [ScreenshotDatasetFixture] = []

    override func tearDown() {
        fixtures = []  // XCTest keeps every test case object to the end of the run
        super.tearDown()
    }

    /// A dataset of 32x32 images `i0`…`i{n-1}`, each with the given boxes, and session `s{k/2}`.
    private func snapshot(_ count: Int, boxes: [String] = [ScreenshotDatasetFixture.label("button", "[4,4,8,8]")],
                          verdicts: [JournalEvent] = []) throws -> (ReviewSnapshot, ScreenshotDatasetFixture) {
        var fixture = try ScreenshotDatasetFixture()
        for k in 0..<count {
            try fixture.addImage("i\(k)")
            try fixture.addAnnotations("i\(k)", labels: boxes)
            fixture.appendLine(ScreenshotDatasetFixture.manifestLine("i\(k)").replacingOccurrences(of: "}", with: ",\"session\":\"s\(k / 2)\"}"))
        }
        try fixture.writeManifest()
        let dataset = try ScreenshotDatasetReader.read(fixture.root, options: ReadOptions())
        let workspace = Workspace(root: fixture.root, datasets: [dataset], issues: [], qualifyIDs: false)
        fixtures.append(fixture)
        return (ReviewSnapshot(workspace: workspace, ledgers: [CurationLedger(replaying: verdicts)]), fixture)
    }

    private func options(_ split: String? = nil, drop: Bool = false) throws -> ExportOptions {
        var options = ExportOptions(format: .coco)
        options.split = try split.map { try SplitRatios(parsing: $0) }
        options.dropEmptySplits = drop
        return options
    }

    func testGroupsNeverSpanTwoSplitsAndAssignmentIsStableWhenItemsAreAdded() throws {
        let (small, _) = try snapshot(40)
        let (large, _) = try snapshot(80)
        let before = try ExportPlanner.plan(small, items: Array(small.items.indices), options: options("0.5,0.3,0.2"))
        let after = try ExportPlanner.plan(large, items: Array(large.items.indices), options: options("0.5,0.3,0.2"))
        var splitOfGroup: [String: Int] = [:]
        for entry in after.entries {
            XCTAssertEqual(splitOfGroup[entry.group, default: entry.split], entry.split, "group \(entry.group) in two splits")
            splitOfGroup[entry.group] = entry.split
        }
        XCTAssertEqual(Set(after.entries.map(\.group)).count, 40, "default group: the session field")
        for (old, new) in zip(before.entries, after.entries) {
            XCTAssertEqual(large.items[new.item].id, small.items[old.item].id)
            XCTAssertEqual(new.split, old.split, "adding items moved \(small.items[old.item].id)")
        }
        XCTAssertEqual(after.entriesBySplit.map(\.count).reduce(0, +), 80)
    }

    func testSplitIsDeterministicFromTheSeedAndRoughlyProportional() throws {
        let ratios = try SplitRatios(parsing: "0.7,0.2,0.1")
        var counts = [0, 0, 0]
        for k in 0..<20_000 { counts[SplitAssignment.split(ofGroup: "run_\(k)", ratios: ratios, seed: 7)] += 1 }
        XCTAssertEqual(try Double(counts.element(0)) / 20_000, 0.7, accuracy: 0.015)
        XCTAssertEqual(try Double(counts.element(1)) / 20_000, 0.2, accuracy: 0.015)
        XCTAssertEqual(try Double(counts.element(2)) / 20_000, 0.1, accuracy: 0.015)
        XCTAssertEqual(SplitAssignment.unit(ofGroup: "run_1", seed: 7), SplitAssignment.unit(ofGroup: "run_1", seed: 7))
        let moved = (0..<1000).filter { SplitAssignment.split(ofGroup: "g\($0)", ratios: ratios, seed: 1)
            != SplitAssignment.split(ofGroup: "g\($0)", ratios: ratios, seed: 2) }
        XCTAssertGreaterThan(moved.count, 300, "another seed gives another assignment")
    }

    func testAnEmptySplitIsRefusedOrDroppedWhenAsked() throws {
        let (snap, _) = try snapshot(2)
        XCTAssertThrowsError(try ExportPlanner.plan(snap, items: [0, 1], options: options("0.4,0.3,0.3"))) { error in
            XCTAssertTrue((error as! ExportError).message.contains("would get no image"), "\(error)")
        }
        let plan = try ExportPlanner.plan(snap, items: [0, 1], options: options("0.4,0.3,0.3", drop: true))
        XCTAssertEqual(plan.splitNames.count, 1)
        XCTAssertEqual(plan.droppedSplits.count, 2)
        XCTAssertEqual(Set(plan.entries.map(\.split)), [0])
    }

    func testFoldsKeepGroupsTogetherAndAFoldWithoutImagesIsRefused() throws {
        let (snap, _) = try snapshot(60)
        var opts = try options()
        opts.folds = 4
        let plan = try ExportPlanner.plan(snap, items: Array(snap.items.indices), options: opts)
        XCTAssertEqual(Set(plan.entries.compactMap(\.fold)), [0, 1, 2, 3])
        for pair in stride(from: 0, to: 60, by: 2) { XCTAssertEqual(plan.entries[pair].fold, plan.entries[pair + 1].fold) }
        opts.folds = 5
        XCTAssertThrowsError(try ExportPlanner.plan(snap, items: [0, 1], options: opts)) { error in
            XCTAssertTrue((error as! ExportError).message.contains("use fewer --folds"), "\(error)")
        }
    }

    func testNearDuplicatesAcrossFoldsAreReportedAndASelectionWithoutScreenshotsIsRefused() throws {
        let (snap, _) = try snapshot(40)
        var opts = try options()
        opts.folds = 2
        let plan = try ExportPlanner.plan(snap, items: Array(snap.items.indices), options: opts, duplicateGroups: [[0, 2, 4, 6, 8, 10]])
        XCTAssertGreaterThan(Set([0, 2, 4, 6, 8, 10].map { plan.entries[$0].fold! }).count, 1, "six groups over two folds")
        XCTAssertEqual(plan.duplicatesAcrossSplits, [[0, 2, 4, 6, 8, 10]])
        XCTAssertThrowsError(try ExportPlanner.plan(snap, items: [], options: opts)) { error in
            XCTAssertTrue((error as! ExportError).message.contains("none of the 0 selected items is a screenshot"), "\(error)")
        }
    }

    func testBoxesAreCutToTheImageAndRejectedOrEmptyOnesLeftOut() throws {
        let boxes = [ScreenshotDatasetFixture.label("a", "[-4,20,10,20]"), ScreenshotDatasetFixture.label("b", "[40,40,5,5]"),
                     ScreenshotDatasetFixture.label("c", "[1,1,0,5]"), ScreenshotDatasetFixture.label("d", "[2,3,4,5]")]
        let (snap, _) = try snapshot(1, boxes: boxes)
        let plan = try ExportPlanner.plan(snap, items: [0], options: options())
        XCTAssertEqual(try plan.entries.element(0).boxes.map(\.box), [BoundingBox(x: 0, y: 20, width: 6, height: 12), BoundingBox(x: 2, y: 3, width: 4, height: 5)])
        XCTAssertEqual(plan.categories, ["a", "d"])
        XCTAssertEqual(plan.clippedBoxes, 1)
        XCTAssertEqual(plan.leftOutBoxes, 2)
        XCTAssertEqual(try plan.entries.element(0).width, 32)
    }

    func testGroupByAFieldSomeItemsLackIsRefused() throws {
        let (snap, _) = try snapshot(2)
        var opts = try options("0.5,0.5")
        opts.groupBy = "operator"
        XCTAssertThrowsError(try ExportPlanner.plan(snap, items: [0, 1], options: opts)) { error in
            XCTAssertTrue((error as! ExportError).message.contains("2 item(s) have no 'operator'"), "\(error)")
        }
        opts.groupBy = "action_type"
        opts.split = try SplitRatios(parsing: "1,0")  // one group fills one split; a share of 0 is not written
        let plan = try ExportPlanner.plan(snap, items: [0, 1], options: opts)
        XCTAssertEqual(Set(plan.entries.map(\.group)), ["CLICK"])
        XCTAssertEqual(plan.splitNames.count, 1)
    }

    func testAVanishedImageIsNamed() throws {
        let (snap, fixture) = try snapshot(2)
        try FileManager.default.removeItem(at: fixture.root.appendingPathComponent("images/i1.png"))
        XCTAssertThrowsError(try ExportPlanner.plan(snap, items: [0, 1], options: options())) { error in
            XCTAssertTrue((error as! ExportError).message.contains("images/i1.png"), "\(error)")
        }
    }

    func testDedupKeepsTheFirstOfEachGroupAndReportsGroupsAcrossSplits() throws {
        let (snap, _) = try snapshot(6)
        var opts = try options("0.5,0.5")
        let all = try ExportPlanner.plan(snap, items: Array(0..<6), options: opts, duplicateGroups: [[0, 2, 4]])
        let splits = Set([0, 2, 4].map { item in all.entries.first { $0.item == item }!.split })
        XCTAssertEqual(all.duplicatesAcrossSplits, splits.count > 1 ? [[0, 2, 4]] : [])
        opts.dedup = true
        let deduped = try ExportPlanner.plan(snap, items: Array(0..<6), options: opts, duplicateGroups: [[4, 2, 0]])
        XCTAssertEqual(deduped.entries.map(\.item), [0, 1, 3, 5])
        XCTAssertEqual(deduped.droppedDuplicates, [2, 4])
    }
}
