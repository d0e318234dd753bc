import XCTest
@testable import WinnowCore

final class JSONParserTests: XCTestCase {
    func testParsesNestedValuesKeepingKeyOrder() throws {
        let value = try JSONParser.parse(#"{"b":1,"a":[true,null,"x\u00e9\n"],"c":{"d":-2.5e1}}"#)
        XCTAssertEqual(value.objectValue?.keys, ["b", "a", "c"])
        XCTAssertEqual(value["b"]?.intValue, 1)
        XCTAssertEqual(value["a"]?.arrayValue, [.bool(true), .null, .string("xé\n")])
        XCTAssertEqual(value["c"]?["d"]?.doubleValue, -25)
    }

    /// Short decimals take a fast path; it must give exactly what `Double(text)` gives.
    func testDecimalsReadExactlyAsDoubleDoes() throws {
        var random = TestRandom(seed: 16)
        var texts = ["0.1", "0.5", "0.85", "-0.0", "-1.5", "123456789012.345", "0.000000000000001", "999999999999999.9",
                     "1.7976931348623157", "9007199254740993.0", "0.30000000000000004", "12345678901234567.5", "1.0e2", "5e-324",
                     // 19 digits and more once overflowed the fast path's Int64 and crashed
                     "9223372036854775808", "-9223372036854775808", "99999999999999999999", "12345678901234567890.5"]
        let digit = { (r: inout TestRandom) in String(r.below(10)) }
        for _ in 0..<20_000 {
            let wholeDigits = random.below(9), fractionDigits = 1 + random.below(10)
            let whole = wholeDigits == 0 ? "0" : String(1 + random.below(9)) + (1..<wholeDigits).map { _ in digit(&random) }.joined()
            let fraction = (0..<fractionDigits).map { _ in digit(&random) }.joined()
            texts.append((random.below(4) == 0 ? "-" : "") + whole + "." + fraction)
        }
        for text in texts {
            guard let expected = Double(text) else { continue }
            let parsed = try JSONParser.parse(text)
            XCTAssertEqual(parsed.doubleValue?.bitPattern, expected.bitPattern, text)
        }
    }

    func testSurrogatePairsDecode() throws {
        XCTAssertEqual(try JSONParser.parse(#""\ud83d\ude00""#).stringValue, "😀")
    }

    func testErrorsNameLineAndColumn() {
        XCTAssertThrowsError(try JSONParser.parse("{\n  \"a\": 1,\n  \"b\": }")) { error in
            let e = error as! JSONParseError
            XCTAssertEqual(e.line, 3)
            XCTAssertEqual(e.column, 8)
        }
    }

    func testRejectsWhatRFC8259Rejects() {
        for bad in ["[1,]", "{\"a\":1,}", "01", "[1 2]", "\"a\u{01}b\"", "{'a':1}", "nul", "[1] x", ""] {
            XCTAssertThrowsError(try JSONParser.parse(bad), bad)
        }
    }

    func testRejectsInvalidUTF8() {
        XCTAssertThrowsError(try JSONParser.parse([0x22, 0xFF, 0x22]))
    }

    func testWriterIsDeterministicAndEscapesControls() {
        let value: JSONValue = ["z": 1, "a": [1.5, "q\"\u{1B}"], "n": nil, "big": 3e20]
        XCTAssertEqual(value.jsonText, #"{"z":1,"a":[1.5,"q\"\u001b"],"n":null,"big":3e+20}"#)
        XCTAssertEqual(try JSONParser.parse(value.jsonText), value)
    }

    func testPrettyOutputRoundTrips() throws {
        let value: JSONValue = ["a": [1, 2], "b": ["c": "d"], "e": []]
        let pretty = JSONWriter.string(value, pretty: true)
        XCTAssertEqual(pretty, "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {\n    \"c\": \"d\"\n  },\n  \"e\": []\n}")
        XCTAssertEqual(try JSONParser.parse(pretty), value)
    }
}
