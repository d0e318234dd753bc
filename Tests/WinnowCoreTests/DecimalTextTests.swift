import XCTest

@testable import WinnowCore

final class DecimalTextTests: XCTestCase {
    /// The same text as `String(number)` for the edges and a spread of numbers between.
    func testDecimalTextIsWhatStringGives() {
        var numbers: [UInt64] = [0, 9, 10, 99, 100, 1_000_000, UInt64.max, UInt64.max - 1]
        var seed: UInt64 = 2026
        for _ in 0..<10_000 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            numbers.append(seed >> (seed % 64))
        }
        for number in numbers { XCTAssertEqual(DecimalText.string(number), String(number)) }
    }
}
