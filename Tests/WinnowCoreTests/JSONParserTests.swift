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
