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

    private func compare(truth: String, results: String, ours predictions: String? = nil, iou: String? = nil,
                         file: StaticString = #filePath, line: UInt = #line) throws {
        let script = WinnowProcess.packageRoot.appendingPathComponent(".ci/cocoeval_reference.py").path
        let reference = try WinnowProcess.run([script, truth, results] + (iou.map { [$0] } ?? []), executable: try python())
        XCTAssertEqual(reference.status, 0, reference.stderr, file: file, line: line)
        let ours = try WinnowProcess.run(["evaluate", truth, "--predictions", predictions ?? results, "--json"]
                                         + (iou.map { ["--iou-thresholds", $0] } ?? []))
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

    /// The same boxes as one JSON per image go through the items, not the COCO reader: same figures.
    func testPerImagePredictionsAndOneThresholdAsPycocotoolsScoresThem() throws {
        let web = try RealData.url("screens/webui_homework")
        let truth = web.appendingPathComponent("coco_gt_derived.json").path
        let results = web.appendingPathComponent("coco_predictions_derived_results.json").path
        try compare(truth: truth, results: results, ours: web.appendingPathComponent("labels/predictions").path)
        try compare(truth: truth, results: results, iou: "0.5")
    }

    func testAGeneratedCaseWithCrowdsTiesAndCrowdedImages() throws {
        let folder = try TemporaryFolder()
        let maker = WinnowProcess.packageRoot.appendingPathComponent(".ci/make_detection_case.py").path
        let made = try WinnowProcess.run([maker, "11", folder.url.path, "10000"], executable: try python())
        XCTAssertEqual(made.status, 0, made.stderr)
        try compare(truth: folder.path("gt.json"), results: folder.path("results.json"))
    }

    func testTheTextReportNamesEachFigure() throws {
        let web = try RealData.url("screens/webui_homework")
        let result = try WinnowProcess.run(["evaluate", web.appendingPathComponent("coco_gt_derived.json").path, "--predictions",
                                            web.appendingPathComponent("coco_predictions_derived_results.json").path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout.split(separator: "\n").prefix(10).map(String.init), [
            "model coco_predictions_derived_results: 244 predictions, 270 labels, 24 images",
            "AP@[.50:.95]  0.003", "AP50          0.011", "AP75          0.000", "AR@100        0.016",
            "per category AP@[.50:.95], best F1 at IoU 0.50:",
            "  button    0.002  F1 0.06 at score >= 1.00", "  dropdown  0.002  F1 0.04 at score >= 1.00",
            "  input     0.007  F1 0.13 at score >= 1.00", "  radio     0.000",
        ])
    }

    /// After a reviewer adopts the detector's boxes, the curated column scores the labels they left.
    func testCuratedLabelsAreScoredBesideTheLabelsAsRead() throws {
        let copy = try SampleCopy()
        let detector = copy.dataset.appendingPathComponent("predictions/detector.json").path
        let review = try WinnowProcess.run(["review", copy.dataset.path, "--predictions", detector, "--queue", "missed", "--headless",
                                            "--keys-string", "y"])
        XCTAssertEqual(review.status, 0, review.stderr)
        let result = try WinnowProcess.run(["evaluate", copy.dataset.path, "--predictions", detector, "--curated", "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let figures = try JSONParser.parse(result.stdout)
        let before = try XCTUnwrap(figures["ap50"]?.doubleValue), after = try XCTUnwrap(figures["curated"]?["ap50"]?.doubleValue)
        XCTAssertGreaterThan(after, before, "the hallucinated box, adopted, now counts as found")
        let submit = { (o: JSONValue?) in o?["categories"]?.arrayValue?.first { $0["name"]?.stringValue == "submit_button" }?["ap"]?.doubleValue }
        XCTAssertGreaterThan(try XCTUnwrap(submit(figures["curated"])), try XCTUnwrap(submit(figures)))
        XCTAssertEqual(figures["detections"]?.intValue, 113)
    }
}
