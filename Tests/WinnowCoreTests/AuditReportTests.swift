import XCTest
@testable import WinnowCore

final class AuditReportTests: XCTestCase {
    private func assertInterval(_ good: Int, of trials: Int, _ lower: Double, _ upper: Double, line: UInt = #line) throws {
        let interval = try XCTUnwrap(WilsonInterval(successes: good, trials: trials), line: line)
        XCTAssertEqual(interval.lower, lower, accuracy: 0.00005, line: line)
        XCTAssertEqual(interval.upper, upper, accuracy: 0.00005, line: line)
    }

    func testWilsonIntervalAgainstKnownValues() throws {
        try assertInterval(8, of: 10, 0.4902, 0.9433)
        try assertInterval(81, of: 100, 0.7222, 0.8749)
        try assertInterval(10, of: 10, 0.7225, 1.0)
        try assertInterval(0, of: 10, 0.0, 0.2775)
        try assertInterval(1, of: 1, 0.2065, 1.0)
        XCTAssertNil(WilsonInterval(successes: 0, trials: 0), "nothing reviewed: nothing known")
        XCTAssertNil(WilsonInterval(successes: 3, trials: 2))
    }

    func testPrecisionCountsGoodAndBadButNotSkips() throws {
        let report = AuditReport(tier: "high", population: 500, sampled: 20, reviewed: 11, good: 8, bad: 2)
        XCTAssertEqual(report.precision, 0.8)
        let json = report.json
        XCTAssertEqual(json.objectValue?.pairs.map(\.key),
                       ["tier", "population", "sampled", "reviewed", "good", "bad", "precision", "lower95", "upper95"])
        XCTAssertEqual(try XCTUnwrap(json["lower95"]?.doubleValue), 0.4902, accuracy: 0.00005)
        XCTAssertEqual(try XCTUnwrap(json["upper95"]?.doubleValue), 0.9433, accuracy: 0.00005)
    }

    func testNothingReviewedGivesNulls() {
        let json = AuditReport(tier: "low", population: 9, sampled: 3, reviewed: 1, good: 0, bad: 0).json
        XCTAssertEqual(json["precision"], .null)
        XCTAssertEqual(json["lower95"], .null)
        XCTAssertEqual(json["upper95"], .null)
        XCTAssertEqual(json["reviewed"]?.intValue, 1)
    }
}
