import Foundation
import WinnowCore
import WinnowTestSupport
import XCTest

/// `winnow evaluate` equals pycocotools' COCOeval to 1e-6: on the real web screenshots and on a
/// generated case with crowd boxes, tied scores and crowded images. Needs WINNOW_CHECK_PYTHON.
final class EvaluateCommandTests: XCTestCase {
    private func python() throws -> URL {
        guard let python = ProcessInfo.processInfo.environment["WINNOW_CHECK_PYTHON"] else {
            throw XCTSkip("set WINNOW_CHECK_PYTHON to a Python with pycocotools (.ci/run does)")
        }
        return URL(fileURLWithPath: python)
    }

    private func compare(truth: String, results: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let script = WinnowProcess.packageRoot.appendingPathComponent(".ci/cocoeval_reference.py").path
        let reference = try WinnowProcess.run([script, truth, results], executable: try python())
        XCTAssertEqual(reference.status, 0, reference.stderr, file: file, line: line)
        let ours = try WinnowProcess.run(["evaluate", truth, "--predictions", results, "--json"])
        XCTAssertEqual(ours.status, 0, ours.stderr, file: file, line: line)
        let expected = try JSONParser.parse(reference.stdout), actual = try JSONParser.parse(ours.stdout)
        for key in ["ap", "ap50", "ap75", "ar100"] {
            XCTAssertEqual(try XCTUnwrap(actual[key]?.doubleValue), try XCTUnwrap(expected[key]?.doubleValue), accuracy: 1e-6, key, file: file, line: line)
        }
        let theirs = expected["categories"]?.arrayValue ?? [], mine = actual["categories"]?.arrayValue ?? []
        XCTAssertEqual(theirs.count, mine.count, file: file, line: line)
        for (a, b) in zip(theirs, mine) {
            XCTAssertEqual(a["id"]?.intValue, b["id"]?.intValue, file: file, line: line)
            if let ap = a["ap"]?.doubleValue {
                XCTAssertEqual(try XCTUnwrap(b["ap"]?.doubleValue), ap, accuracy: 1e-6, "category \(a["id"]?.intValue ?? 0)", file: file, line: line)
            } else {
                XCTAssertEqual(b["ap"], .null, file: file, line: line)
            }
        }
    }

    func testTheRealWebScreenshotsAsPycocotoolsScoresThem() throws {
        let web = try RealData.url("screens/webui_homework")
        try compare(truth: web.appendingPathComponent("coco_gt_derived.json").path,
                    results: web.appendingPathComponent("coco_predictions_derived_results.json").path)
    }

    func testAGeneratedCaseWithCrowdsTiesAndCrowdedImages() throws {
        let folder = try TemporaryFolder()
        let maker = WinnowProcess.packageRoot.appendingPathComponent(".ci/make_detection_case.py").path
        let made = try WinnowProcess.run([maker, "11", folder.url.path, "2000"], executable: try python())
        XCTAssertEqual(made.status, 0, made.stderr)
        try compare(truth: folder.path("gt.json"), results: folder.path("results.json"))
    }

    func testTheTextReportNamesEachFigure() throws {
        let web = try RealData.url("screens/webui_homework")
        let result = try WinnowProcess.run(["evaluate", web.appendingPathComponent("coco_gt_derived.json").path, "--predictions",
                                            web.appendingPathComponent("coco_predictions_derived_results.json").path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout.split(separator: "\n").prefix(4).map(String.init),
                       ["AP@[.50:.95]  0.003", "AP50          0.011", "AP75          0.000", "AR@100        0.016"])
    }
}
