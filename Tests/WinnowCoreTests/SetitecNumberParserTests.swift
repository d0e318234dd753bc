import Foundation
import XCTest

@testable import WinnowCore

final class SetitecNumberParserTests: XCTestCase {
    func testTheWaysControllersWriteNumbers() {
        XCTAssertEqual(SetitecNumberParser.parse("-0,673"), -0.673)
        XCTAssertEqual(SetitecNumberParser.parse("-0.673"), -0.673)
        XCTAssertEqual(SetitecNumberParser.parse(" 1,000"), 1.0)
        XCTAssertEqual(SetitecNumberParser.parse("0,045"), 0.045)
        XCTAssertEqual(SetitecNumberParser.parse("-3978,881"), -3978.881)
        XCTAssertEqual(SetitecNumberParser.parse("42949672.950"), 42949672.95)
        XCTAssertEqual(SetitecNumberParser.parse("+7"), 7)
        XCTAssertEqual(SetitecNumberParser.parse("12\u{0}"), 12)
        XCTAssertEqual(SetitecNumberParser.parse("1.5e3"), 1500)
        XCTAssertEqual(SetitecNumberParser.parse("2,5E-2"), 0.025)
        XCTAssertEqual(SetitecNumberParser.parse(",5"), 0.5)
        XCTAssertEqual(SetitecNumberParser.parse("Inf"), .infinity)
        XCTAssertEqual(SetitecNumberParser.parse("-inf"), -.infinity)
        XCTAssertEqual(SetitecNumberParser.parse("Infinity"), .infinity)
        XCTAssertEqual(SetitecNumberParser.parse("NaN")?.isNaN, true)
        XCTAssertEqual(SetitecNumberParser.parse("-0,000")?.sign, .minus)
    }

    func testWhatIsNotANumber() {
        for text in ["", "   ", "abc", "-", "1,2,3", "12abc", "1e", "1e+", "Infx", "1 2", "--1", "0x10"] {
            XCTAssertNil(SetitecNumberParser.parse(text), text)
        }
    }

    /// Long mantissas and big exponents leave the fast path and must still be exact.
    func testSlowPathIsExact() {
        XCTAssertEqual(SetitecNumberParser.parse("12345678901234567890"), 12345678901234567890.0)
        XCTAssertEqual(SetitecNumberParser.parse("1,7976931348623157e308"), Double.greatestFiniteMagnitude)
        XCTAssertEqual(SetitecNumberParser.parse("4,9406564584124654e-324"), Double.leastNonzeroMagnitude)
        XCTAssertEqual(SetitecNumberParser.parse("0,1000000000000000055511151231257827"), 0.1)
    }

    /// Every value agrees bit for bit with the standard library's correctly rounded parse.
    func testAgreesWithStandardLibraryOnManyValues() {
        var state: UInt64 = 42
        for _ in 0..<100_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let magnitude = Double(state >> 20) / Double(1 << 44) * pow(10, Double(Int(state % 9)) - 3)
            let text = String(format: "%.\(Int(state >> 60) % 7)f", (state & 1 == 0 ? -1 : 1) * magnitude)
            XCTAssertEqual(SetitecNumberParser.parse(text.replacingOccurrences(of: ".", with: ",")), Double(text), text)
        }
    }
}
