import Foundation
import WinnowTestSupport
import XCTest
import WinnowCore

/// The commands on third-party data from ../shared/realdata (read in place, never copied).
final class RealDataCommandTests: XCTestCase {
    private let state = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-realdata-state-\(UUID().uuidString)")

    override func tearDown() { try? FileManager.default.removeItem(at: state) }

    func testVOCFolderSummary() throws {
        let voc = WinnowProcess.realdata.appendingPathComponent("screens/mobile_voc_baithunter/voc")
        let result = try WinnowProcess.run(["summary", voc.path, "--json", "--state", state.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        let summary = try JSONParser.parse(result.stdout)
        XCTAssertEqual(summary["items"]?.intValue, 12)
        XCTAssertEqual(summary["kind"]?.stringValue, "voc")
        let objects = try FileManager.default.contentsOfDirectory(atPath: voc.path).filter { $0.hasSuffix(".xml") }
            .map { try String(contentsOf: voc.appendingPathComponent($0), encoding: .utf8).components(separatedBy: "<object>").count - 1 }
            .reduce(0, +)
        XCTAssertEqual(summary["labels"]?.intValue, objects)
    }

    func testCOCOWithImagesFolderHeadlessShowsTheFirstImage() throws {
        let root = WinnowProcess.realdata.appendingPathComponent("screens/webui_homework")
        let coco = root.appendingPathComponent("coco_gt_derived.json").path
        let list = try WinnowProcess.run(["list", coco, "--json", "--images", root.appendingPathComponent("images").path, "--state", state.path])
        XCTAssertEqual(list.status, 0, list.stderr)
        XCTAssertEqual(list.stdout.split(separator: "\n").count, 24)
        let screen = try WinnowProcess.run(["review", coco, "--headless", "--keys-string", "", "--size", "120x40", "--state", state.path])
        XCTAssertEqual(screen.status, 0, screen.stderr)
        XCTAssertTrue(screen.stdout.contains("22a2da33-2f4a-499f-afcc-d1eb59037332.png"), screen.stdout)
        XCTAssertFalse(screen.stdout.contains("decoding"), "headless decodes in line:\n\(screen.stdout)")
    }

    func testCOCOIdsFromZeroAreWarnedButRead() throws {
        let coco = WinnowProcess.realdata.appendingPathComponent("screens/mobile_voc_baithunter/coco_by_globox.json").path
        let result = try WinnowProcess.run(["validate", coco, "--json", "--state", state.path])
        let report = try JSONParser.parse(result.stdout)
        XCTAssertEqual(report["items"]?.intValue, 12)
        let codes = report["issues"]?.arrayValue?.compactMap { $0["code"]?.stringValue } ?? []
        XCTAssertTrue(codes.contains("coco.id-zero"), "\(codes)")
    }
}
