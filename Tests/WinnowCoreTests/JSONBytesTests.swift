import XCTest
@testable import WinnowCore

/// `JSONBytes` must spell every number as JSON text always spelled it (integral values as
/// integers, others as Swift's shortest round-trip description, NaN and infinities as null):
/// exports are compared byte for byte by their checksums.
final class JSONBytesTests: XCTestCase {
    private func bytes(_ n: Double) -> String {
        var out = JSONBytes()
        out.append(number: n)
        XCTAssertEqual(JSONWriter.number(n), String(decoding: out.bytes, as: UTF8.self))
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// The spelling before `JSONBytes`, the reference the fast paths must match.
    private func reference(_ n: Double) -> String {
        guard n.isFinite else { return "null" }
        if n.rounded() == n, abs(n) < 1e15 { return String(Int64(n)) }
        return "\(n)"
    }

    func testPixelCoordinatesAreSpelledAsTheWriterSpellsThem() {
        let values: [Double] = [0, -0.0, 1, -1, 0.5, -0.5, 573.5, 37.25, 3240.75, 0.1, 0.2, 0.3, 0.0001, 0.0625, 473.07,
                                1919.99, 12.345, 1e9 - 0.5, 999_999_999.25, 1e9 + 0.5, 1e14, 1e15, 1e16, -123.4567,
                                0.1 + 0.2, 1.0 / 3, 5e-5, 1e-300, .pi, 123456.789, .nan, .infinity, -.infinity, 9_007_199_254_740_993]
        for value in values { XCTAssertEqual(bytes(value), reference(value), "\(value)") }
    }

    func testEveryQuarterHundredthAndTenThousandthUpToAFewThousandMatches() {
        for k in stride(from: -40_000, through: 400_000, by: 7) {
            for scale in [4.0, 100, 10_000] {
                let value = Double(k) / scale
                XCTAssertEqual(bytes(value), reference(value), "\(k)/\(scale)")
            }
        }
    }

    func testRandomDoublesMatch() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50_000 {
            let value = Double.random(in: -2e9...2e9, using: &generator) / Double([1, 10, 1_000, 1e6].randomElement(using: &generator)!)
            XCTAssertEqual(bytes(value), reference(value), "\(value)")
            let bits = Double(bitPattern: generator.next())
            XCTAssertEqual(bytes(bits), reference(bits), "\(bits)")
        }
    }

    func testIntegersStringsAndPunctuation() {
        var out = JSONBytes()
        out.append("[")
        out.append(0)
        out.append(",")
        out.append(-42)
        out.append(",")
        out.append(Int.max)
        out.append(",")
        out.append(Int.min)
        for text in ["plain.png", "quote\"back\\slash", "line\nbreak\ttab", "é 漢 \u{7F} \u{2028}", ""] {
            out.append(",")
            out.append(string: text)
        }
        out.append(",")
        out.append(json: JSONValue.object(JSONObject([("a", JSONValue(1.5))])).jsonText)
        out.append("]")
        var expected = "[0,-42,\(Int.max),\(Int.min)"
        for text in ["plain.png", "quote\"back\\slash", "line\nbreak\ttab", "é 漢 \u{7F} \u{2028}", ""] {
            expected += ","
            JSONWriter.writeString(text, into: &expected)
        }
        expected += ",{\"a\":1.5}]"
        XCTAssertEqual(String(decoding: out.bytes, as: UTF8.self), expected)
        XCTAssertEqual(try JSONParser.parse(out.bytes), try JSONParser.parse(Array(expected.utf8)))
    }
}
