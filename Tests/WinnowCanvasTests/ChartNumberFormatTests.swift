import XCTest
@testable import WinnowCanvas

final class ChartNumberFormatTests: XCTestCase {
    func testFixedDecimals() {
        XCTAssertEqual(ChartNumberFormat.fixed(2.5, decimals: 2), "2.50")
        XCTAssertEqual(ChartNumberFormat.fixed(0.35, decimals: 2), "0.35")
        XCTAssertEqual(ChartNumberFormat.fixed(1234.5678, decimals: 1), "1234.6")
        XCTAssertEqual(ChartNumberFormat.fixed(23000, decimals: 0), "23000")
        XCTAssertEqual(ChartNumberFormat.fixed(0.05, decimals: 3), "0.050")
        XCTAssertEqual(ChartNumberFormat.fixed(-1.5, decimals: 0), "-2")
        XCTAssertEqual(ChartNumberFormat.fixed(-0.004, decimals: 2), "0.00")
        XCTAssertEqual(ChartNumberFormat.fixed(-12.25, decimals: 1), "-12.3")
    }

    func testOddValues() {
        XCTAssertEqual(ChartNumberFormat.fixed(.nan, decimals: 1), "nan")
        XCTAssertEqual(ChartNumberFormat.fixed(-.infinity, decimals: 1), "-inf")
        XCTAssertEqual(ChartNumberFormat.fixed(1.25e20, decimals: 0), "1.3e20")
        XCTAssertEqual(ChartNumberFormat.fixed(-3e19, decimals: 2), "-3.0e19")
    }

    func testFittingAWidth() {
        XCTAssertEqual(ChartNumberFormat.fitting(12.345, decimals: 2, width: 6), "12.35")
        XCTAssertEqual(ChartNumberFormat.fitting(12.345, decimals: 2, width: 4), "12.3")
        XCTAssertEqual(ChartNumberFormat.fitting(23456.7, decimals: 1, width: 5), "23457")
        XCTAssertEqual(ChartNumberFormat.fitting(123456.7, decimals: 1, width: 5), "123k")
        XCTAssertEqual(ChartNumberFormat.fitting(-2_500_000, decimals: 0, width: 5), "-2.5M")
        XCTAssertEqual(ChartNumberFormat.fitting(123456, decimals: 0, width: 3), "12…")
        XCTAssertEqual(ChartNumberFormat.fitting(1, decimals: 0, width: 0), "")
    }

    func testNiceSteps() {
        let step = { (raw: Double) in NiceStep(atLeast: raw).map { [$0.mantissa, $0.exponent] } }
        XCTAssertEqual(step(0.73), [1, 0])
        XCTAssertEqual(step(0.057), [1, -1])
        XCTAssertEqual(step(0.2), [2, -1])
        XCTAssertEqual(step(2.5), [5, 0])
        XCTAssertEqual(step(10), [1, 1])
        XCTAssertEqual(step(3833), [5, 3])
        XCTAssertNil(step(0))
        XCTAssertNil(step(.nan))
        XCTAssertEqual(NiceStep(mantissa: 5, exponent: -2).multiples(in: 0.3...0.4), [0.3, 0.35, 0.4])
    }
}
