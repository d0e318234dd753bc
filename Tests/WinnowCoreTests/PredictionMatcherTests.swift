import WinnowCore
import WinnowTestSupport
import XCTest

/// Every kind of disagreement between a model's boxes and the labels, worked out by hand.
final class PredictionMatcherTests: XCTestCase {
    private func box(_ x: Double, _ y: Double, _ w: Double, _ h: Double, category: Int = 1, score: Double = 1, crowd: Bool = false) -> EvaluationBox {
        EvaluationBox(id: 0, image: 1, category: category, x: x, y: y, width: w, height: h, crowd: crowd, score: score)
    }

    func testEachKindOfDisagreement() throws {
        let labels = [box(0, 0, 10, 10), box(100, 0, 10, 10, category: 2), box(200, 0, 10, 10), box(300, 0, 10, 10)]
        let predictions = [
            box(0, 0, 10, 10, score: 0.9),                 // match with label 0
            box(1, 0, 10, 10, score: 0.8),                 // duplicate of label 0
            box(100, 0, 10, 10, category: 1, score: 0.7),  // wrong class on label 1
            box(200, 0, 10, 3, score: 0.6),                // IoU 0.3 with label 2: poor placement
            box(500, 0, 10, 10, score: 0.5),               // nothing there: false positive
        ]
        let matches = PredictionMatcher.match(labels: labels, predictions: predictions)
        XCTAssertEqual(matches.map(\.kind), [.match, .duplicate, .wrongClass, .poorPlacement, .falsePositive, .missed])
        XCTAssertEqual(matches.map(\.prediction), [0, 1, 2, 3, 4, nil])
        XCTAssertEqual(matches.map(\.label), [0, 0, 1, 2, nil, 3])
        XCTAssertEqual(try matches.element(3).iou, 0.3, accuracy: 1e-12)
    }

    func testTheHigherScoreTakesTheLabelAndTiesGoInOrder() throws {
        let labels = [box(0, 0, 10, 10)]
        let weak = box(0, 0, 10, 10, score: 0.4), strong = box(0, 0, 10, 9, score: 0.9)
        XCTAssertEqual(PredictionMatcher.match(labels: labels, predictions: [weak, strong]).map(\.prediction), [1, 0])
        let tied = PredictionMatcher.match(labels: labels, predictions: [box(0, 0, 10, 9, score: 0.5), box(0, 0, 10, 10, score: 0.5)])
        XCTAssertEqual(tied.map(\.kind), [.match, .duplicate], "the first of equal scores takes it")
        XCTAssertEqual(try tied.element(0).prediction, 0)
    }

    func testACrowdLabelTakesManyAndIsNeverMissed() {
        let matches = PredictionMatcher.match(labels: [box(0, 0, 100, 100, crowd: true)],
                                              predictions: [box(0, 0, 90, 90), box(0, 0, 95, 95)])
        XCTAssertEqual(matches.map(\.kind), [.match, .match])
        XCTAssertEqual(PredictionMatcher.match(labels: [box(0, 0, 100, 100, crowd: true)], predictions: []), [])
    }

    func testLabelQualityFallsMostForConfidentHallucinationsAndClassSwaps() {
        let agree = PredictionMatcher.match(labels: [box(0, 0, 10, 10)], predictions: [box(0, 0, 10, 10, score: 0.9)])
        XCTAssertEqual(PredictionMatcher.labelQuality(agree), 1)
        let confidentExtra = PredictionMatcher.match(labels: [], predictions: [box(0, 0, 10, 10, score: 0.9)])
        let unsureExtra = PredictionMatcher.match(labels: [], predictions: [box(0, 0, 10, 10, score: 0.2)])
        XCTAssertEqual(PredictionMatcher.labelQuality(confidentExtra), 0.55, accuracy: 1e-12)
        XCTAssertEqual(PredictionMatcher.labelQuality(unsureExtra), 0.9, accuracy: 1e-12)
        let missed = PredictionMatcher.match(labels: [box(0, 0, 10, 10)], predictions: [])
        XCTAssertEqual(PredictionMatcher.labelQuality(missed), 0.7, accuracy: 1e-12)
        let swapped = PredictionMatcher.match(labels: [box(0, 0, 10, 10, category: 2)], predictions: [box(0, 0, 10, 10, score: 1)])
        XCTAssertEqual(PredictionMatcher.labelQuality(swapped), 0.5, accuracy: 1e-12, "a sure other class halves it")
        let twoExtras = PredictionMatcher.match(labels: [], predictions: [box(0, 0, 10, 10, score: 1), box(50, 50, 10, 10, score: 1)])
        XCTAssertEqual(PredictionMatcher.labelQuality(twoExtras), 0.25, accuracy: 1e-12, "each disagreement multiplies")
    }
}
