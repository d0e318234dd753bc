import XCTest
@testable import WinnowCore

final class AgreementTests: XCTestCase {
    /// Items rated by two reviewers, from the cells of their 2x2 table.
    private func ratings(goodGood: Int, goodBad: Int, badGood: Int, badBad: Int, first: String = "ana", second: String = "bo")
        -> [[String: Verdict]]
    {
        Array(repeating: [first: .good, second: .good], count: goodGood)
            + Array(repeating: [first: .good, second: .bad], count: goodBad)
            + Array(repeating: [first: .bad, second: .good], count: badGood)
            + Array(repeating: [first: .bad, second: .bad], count: badBad)
    }

    func testClassicTwoByTwoExamples() throws {
        // Cohen's kappa textbook (and Wikipedia) examples: p_o 0.7, p_e 0.5 -> 0.4; then 0.1304 and 0.2593.
        let classic = Agreement(ratings: ratings(goodGood: 20, goodBad: 5, badGood: 10, badBad: 15))
        XCTAssertEqual(classic.items, 50)
        XCTAssertEqual(classic.percent, 70, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(classic.kappa), 0.4, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(Agreement(ratings: ratings(goodGood: 45, goodBad: 15, badGood: 25, badBad: 15)).kappa),
                       0.06 / 0.46, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(Agreement(ratings: ratings(goodGood: 25, goodBad: 35, badGood: 5, badBad: 35)).kappa),
                       0.14 / 0.54, accuracy: 1e-9)
        XCTAssertEqual(AgreementTable(bothGood: 20, firstGoodSecondBad: 5, firstBadSecondGood: 10, bothBad: 15).kappa ?? 0, 0.4, accuracy: 1e-9)
    }

    func testPerfectAndOppositeAgreement() throws {
        XCTAssertEqual(try XCTUnwrap(Agreement(ratings: ratings(goodGood: 3, goodBad: 0, badGood: 0, badBad: 2)).kappa), 1, accuracy: 1e-9)
        let opposite = Agreement(ratings: ratings(goodGood: 0, goodBad: 5, badGood: 5, badBad: 0))
        XCTAssertEqual(opposite.percent, 0)
        XCTAssertEqual(try XCTUnwrap(opposite.kappa), -1, accuracy: 1e-9)
    }

    /// Both only ever said good: chance agreement is 1 and kappa is 0/0.
    func testKappaIsUndefinedWhenBothUsedOneVerdictOnly() {
        let agreement = Agreement(ratings: ratings(goodGood: 4, goodBad: 0, badGood: 0, badBad: 0))
        XCTAssertEqual(agreement.items, 4)
        XCTAssertEqual(agreement.percent, 100)
        XCTAssertNil(agreement.kappa)
    }

    func testItemsNeedTwoRatingsAndSkipsDoNotCount() {
        let agreement = Agreement(ratings: [[:], ["ana": .good], ["ana": .good, "bo": .skip]])
        XCTAssertEqual(agreement, Agreement(items: 0, percent: 0, kappa: nil))
    }

    /// Three reviewers: percent counts unanimous items; kappa is the mean of the pairwise kappas.
    func testMoreReviewersAverageThePairs() throws {
        let anaBo = ratings(goodGood: 20, goodBad: 5, badGood: 10, badBad: 15)  // kappa 0.4
        // chen agrees with ana everywhere (kappa 1 with ana) and so with bo as ana does (0.4).
        let three = anaBo.map { item in item.merging(["chen": item["ana"]!]) { a, _ in a } }
        let agreement = Agreement(ratings: three)
        XCTAssertEqual(agreement.items, 50)
        XCTAssertEqual(agreement.percent, 70, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(agreement.kappa), (0.4 + 1 + 0.4) / 3, accuracy: 1e-9)
    }

    func testSummaryReportsAgreementAlwaysWithRoundedValues() throws {
        let report = ReviewReport.agreement(Agreement(ratings: ratings(goodGood: 1, goodBad: 1, badGood: 0, badBad: 1)))
        XCTAssertEqual(report["items"]?.intValue, 3)
        XCTAssertEqual(report["percent"]?.doubleValue, 66.67)
        XCTAssertEqual(report["kappa"]?.doubleValue, 0.4)
        XCTAssertEqual(ReviewReport.agreement(Agreement(ratings: [])).jsonText, #"{"items":0,"percent":0,"kappa":null}"#)
    }
}
