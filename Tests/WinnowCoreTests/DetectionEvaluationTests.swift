import Foundation
import WinnowCore
import WinnowTestSupport
import XCTest

/// COCOeval's box AP, on cases worked out by hand.
final class DetectionEvaluationTests: XCTestCase {
    private func box(_ id: Int, _ x: Double, _ y: Double, _ w: Double, _ h: Double, category: Int = 1, score: Double = 1,
                     crowd: Bool = false, image: Int = 1) -> EvaluationBox {
        EvaluationBox(id: id, image: image, category: category, x: x, y: y, width: w, height: h, crowd: crowd, score: score)
    }

    func testThresholdsAreNumpysLinspace() throws {
        XCTAssertEqual(DetectionEvaluation.iouThresholds.count, 10)
        XCTAssertEqual(try DetectionEvaluation.iouThresholds.element(5), 0.75)
        XCTAssertEqual(DetectionEvaluation.iouThresholds.last, 0.95)
    }

    func testAPerfectDetectorScoresOneAndACategoryWithoutTruthIsLeftOut() throws {
        let e = DetectionEvaluation(truth: [box(1, 0, 0, 10, 10)], detections: [box(1, 0, 0, 10, 10, score: 0.9)], images: [1], categories: [1, 2])
        // Precision is tp / (tp + fp + eps), so "1" is 1 - 2e-16, as in pycocotools.
        XCTAssertEqual(e.averagePrecision, 1, accuracy: 1e-12)
        XCTAssertEqual(e.averageRecall100, 1)
        XCTAssertEqual(try e.categoryAveragePrecision.element(0).ap ?? 0, 1, accuracy: 1e-12)
        XCTAssertNil(try e.categoryAveragePrecision.element(1).ap)
    }

    func testTiedScoresKeepFileOrder() {
        let truth = [box(1, 0, 0, 10, 10)]
        let hitFirst = DetectionEvaluation(truth: truth, detections: [box(1, 0, 0, 10, 10, score: 0.9), box(2, 50, 50, 10, 10, score: 0.9)],
                                           images: [1], categories: [1])
        XCTAssertEqual(hitFirst.averagePrecision, 1, accuracy: 1e-12)
        // A false positive first: precision 0 then 0.5, made monotone to 0.5 at every recall.
        let missFirst = DetectionEvaluation(truth: truth, detections: [box(2, 50, 50, 10, 10, score: 0.9), box(1, 0, 0, 10, 10, score: 0.9)],
                                            images: [1], categories: [1])
        XCTAssertEqual(missFirst.averagePrecision, 0.5, accuracy: 1e-12)
    }

    func testIoUBetweenThresholdsCountsAtSomeOnly() {
        // IoU 0.6: a match at 0.50, 0.55 and 0.60 (IoU equal to the threshold counts), none above: AP = 3/10.
        let e = DetectionEvaluation(truth: [box(1, 0, 0, 10, 10)], detections: [box(1, 0, 0, 10, 6, score: 0.8)], images: [1], categories: [1])
        XCTAssertEqual(e.averagePrecision50, 1, accuracy: 1e-12)
        XCTAssertEqual(e.averagePrecision75, 0)
        XCTAssertEqual(e.averagePrecision, 0.3, accuracy: 1e-12)
    }

    func testACrowdBoxSwallowsDetectionsWithoutCountingThem() throws {
        let truth = [box(1, 0, 0, 100, 100, crowd: true), box(2, 200, 200, 10, 10)]
        let detections = [box(1, 10, 10, 10, 10, score: 0.9), box(2, 30, 30, 10, 10, score: 0.8), box(3, 200, 200, 10, 10, score: 0.7)]
        let e = DetectionEvaluation(truth: truth, detections: detections, images: [1], categories: [1])
        XCTAssertEqual(e.averagePrecision, 1, accuracy: 1e-12, "the two inside the crowd are ignored, not false positives")
        let onlyCrowd = try DetectionEvaluation(truth: [truth.element(0)], detections: detections, images: [1], categories: [1])
        XCTAssertEqual(onlyCrowd.averagePrecision, -1, "nothing to measure when every truth is a crowd")
    }

    func testAMissedTruthHalvesRecall() {
        let truth = [box(1, 0, 0, 10, 10), box(2, 50, 50, 10, 10)]
        let e = DetectionEvaluation(truth: truth, detections: [box(1, 0, 0, 10, 10, score: 0.5)], images: [1], categories: [1])
        XCTAssertEqual(e.averageRecall100, 0.5)
        XCTAssertEqual(e.averagePrecision, 51.0 / 101.0, accuracy: 1e-12, "precision 1 up to recall 0.5, then 0")
    }

    func testBadResultsAreReportedByIndexAndTheRestUsed() throws {
        let folder = try TemporaryFolder()
        let truth = try folder.write("gt.json", text: #"{"images":[{"id":1}],"categories":[{"id":1,"name":"button"}],"annotations":[{"id":1,"image_id":1,"category_id":1,"bbox":[0,0,10,10],"area":100,"iscrowd":0}]}"#)
        let results = try folder.write("results.json", text: #"""
            [{"image_id":1,"category_id":1,"bbox":[0,0,10,10],"score":0.9},
             {"image_id":7,"category_id":1,"bbox":[0,0,10,10],"score":0.9},
             {"image_id":1,"category_id":9,"bbox":[0,0,10,10],"score":0.9},
             {"image_id":1,"category_id":1,"bbox":[0,0,-1,10],"score":0.9},
             {"image_id":1,"category_id":1,"bbox":[0,0,10,10],"score":1.5}]
            """#)
        let input = try COCOEvaluationInput(truth: truth, results: results)
        XCTAssertEqual(input.detections.count, 1)
        XCTAssertEqual(input.problems, [
            "results.json[1]: image_id 7 is not in the ground truth",
            "results.json[2]: category_id 9 is not in the ground truth",
            "results.json[3]: needs image_id, category_id and a bbox [x, y, w, h] of finite numbers, w and h not negative",
            "results.json[4]: score must be a number from 0 to 1",
        ])
    }

    /// Cuts after .9 (F1 .5), .8 (.4), .7 (.667), .6 (.571): .7 is best; a cut between equal scores is not offered.
    func testTheBestF1CutOffAndASingleThreshold() throws {
        let truth = [box(1, 0, 0, 10, 10), box(2, 100, 0, 10, 10), box(3, 200, 0, 10, 10)]
        let detections = [box(11, 0, 0, 10, 10, score: 0.9), box(12, 50, 50, 10, 10, score: 0.8),
                          box(13, 100, 0, 10, 10, score: 0.7), box(14, 60, 60, 10, 10, score: 0.6)]
        let e = DetectionEvaluation(truth: truth, detections: detections, images: [1], categories: [1])
        let best = try e.bestF1.element(0).best!
        XCTAssertEqual(best.score, 0.7)
        XCTAssertEqual(best.f1, 2.0 / 3.0, accuracy: 1e-9)
        XCTAssertEqual([best.precision, best.recall], [2.0 / 3.0, 2.0 / 3.0])
        let tied = detections.enumerated().map { i, d in var t = d; t.score = i < 2 ? 0.9 : 0.5; return t }
        XCTAssertEqual(try DetectionEvaluation(truth: truth, detections: tied, images: [1], categories: [1]).bestF1.element(0).best?.score, 0.5,
                       "after the first .9 the second .9 must come too: F1 .4 there, .571 at .5")
        let one = DetectionEvaluation(truth: truth, detections: detections, images: [1], categories: [1], thresholds: [0.5])
        XCTAssertEqual(one.averagePrecision, one.averagePrecision50)
        XCTAssertEqual(one.averagePrecision75, -1, "not evaluated")
    }
}
