import Foundation
import WinnowTestSupport
import XCTest
import WinnowCore

/// Box mode through the real binary: key scripts, `show --json`, undo across a restart.
final class BoxEditingEndToEndTests: XCTestCase {
    private let item = "ad0b71402e9cc582"

    private func labels(_ copy: SampleCopy) throws -> [JSONValue] {
        try XCTUnwrap(try JSONParser.parse(try WinnowProcess.run(["show", copy.dataset.path, item, "--json"]).stdout)["labels"]?.arrayValue)
    }

    private func headless(_ copy: SampleCopy, _ keys: String) throws {
        let result = try WinnowProcess.run(["review", copy.dataset.path, "--headless", "--keys-string", keys, "--size", "140x40", "--queue", "all"])
        XCTAssertEqual(result.status, 0, result.stderr)
    }

    func testMoveResizeAddRejectShowInShowJSONAndUndoAcrossRestarts() throws {
        let copy = try SampleCopy()
        let before = try labels(copy)
        let original = try XCTUnwrap(before.first?["bbox"]?.arrayValue?.compactMap(\.doubleValue))
        try headless(copy, "e ] ] <Down> <C-Left> x n")
        let after = try labels(copy)
        let moved = try XCTUnwrap(after.first?["bbox"]?.arrayValue?.compactMap(\.doubleValue))
        XCTAssertGreaterThan(try moved.element(1), try original.element(1), "moved down")
        XCTAssertLessThan(try moved.element(0), try original.element(0), "left edge moved out")
        XCTAssertEqual(try moved.element(0) + moved.element(2), try original.element(0) + original.element(2), "the right edge stayed")
        XCTAssertEqual(after.first?["verified"]?.boolValue, false, "rejected after the moves")
        XCTAssertEqual(after.first?["rejected"]?.boolValue, true)
        XCTAssertEqual(after.count, before.count + 1)
        XCTAssertEqual(after.last?["bbox"]?.arrayValue?.compactMap(\.doubleValue), [615, 375, 50, 50])
        XCTAssertEqual(after.last?["source"]?.stringValue, "user")
        let history = try JSONParser.parse(try WinnowProcess.run(["show", copy.dataset.path, item, "--json"]).stdout)["history"]?.arrayValue ?? []
        XCTAssertEqual(history.compactMap { $0["type"]?.stringValue }, ["box.set", "box.set", "box.decision", "box.set"])

        try headless(copy, "u u")
        let undone = try labels(copy)
        XCTAssertEqual(undone.count, before.count)
        XCTAssertNil(undone.first?["rejected"])
        try headless(copy, "U")
        XCTAssertEqual(try labels(copy).first?["rejected"]?.boolValue, true, "redone after a restart")
        let source = "annotations/\(item).json"
        XCTAssertEqual(FileManager.default.contents(atPath: copy.dataset.appendingPathComponent(source).path),
                       FileManager.default.contents(atPath: WinnowProcess.packageRoot.appendingPathComponent("SampleDatasets/screens/\(source)").path),
                       "the source labels are never written")
    }

    func testEditedBoxesAreWhatTheCOCOExportHolds() throws {
        let copy = try SampleCopy()
        // Move the first box down, reject the second, add one, relabel the new one, then mark the item good.
        try headless(copy, "e ] <Down> <Tab> x n c l o g o <Enter> <Esc> a")
        let out = copy.root.appendingPathComponent("coco")
        let result = try WinnowProcess.run(["export", copy.dataset.path, "--format", "coco", "--out", out.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let coco = try JSONParser.parse([UInt8](try Data(contentsOf: out.appendingPathComponent("annotations.json"))))
        let images = try XCTUnwrap(coco["images"]?.arrayValue)
        XCTAssertEqual(images.count, 1)
        XCTAssertEqual(images.first?["id"]?.intValue, 1)
        let shown = try labels(copy)
        let kept = shown.filter { $0["rejected"]?.boolValue != true }
        let annotations = try XCTUnwrap(coco["annotations"]?.arrayValue)
        XCTAssertEqual(annotations.count, kept.count, "the rejected box is left out")
        XCTAssertEqual(annotations.compactMap { $0["id"]?.intValue }, Array(1...kept.count))
        XCTAssertEqual(annotations.first?["bbox"], kept.first?["bbox"], "edited geometry")
        XCTAssertEqual(annotations.first?["iscrowd"]?.intValue, 0)
        let categories = try XCTUnwrap(coco["categories"]?.arrayValue).compactMap { $0["name"]?.stringValue }
        XCTAssertEqual(categories, categories.sorted())
        XCTAssertTrue(categories.contains("logo"), "\(categories)")
        let logoID = categories.firstIndex(of: "logo").map { $0 + 1 }
        let logo = annotations.first { $0["category_id"]?.intValue == logoID }
        XCTAssertEqual(logo?["bbox"]?.arrayValue?.compactMap(\.doubleValue), [615, 375, 50, 50], "the added box, relabelled")
        XCTAssertEqual(logo?["area"]?.doubleValue, 2500)
    }
}
