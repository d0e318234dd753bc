import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

/// Winnow's JSON reader, as a tree and as the streaming walk big files go through, against
/// Foundation's `JSONSerialization` on the same bytes: the same documents accepted, the same values
/// read, and where they differ on purpose (a byte-order mark, nesting limits) the difference is named.
final class JSONParserAgainstFoundationTests: XCTestCase {
    /// Foundation's value in Winnow's terms, to compare (object keys sorted: Foundation keeps no order).
    private func normalized(_ any: Any) -> String {
        switch any {
        case is NSNull: return "null"
        case let number as NSNumber where String(cString: number.objCType) == "c": return number.boolValue ? "true" : "false"
        case let number as NSNumber: return JSONWriter.number(number.doubleValue)
        case let string as String: return JSONWriter.string(.string(string))
        case let array as [Any]: return "[" + array.map(normalized).joined(separator: ",") + "]"
        case let object as [String: Any]:
            return "{" + object.keys.sorted().map { JSONWriter.string(.string($0)) + ":" + normalized(object[$0]!) }.joined(separator: ",") + "}"
        default: return "?\(type(of: any))"
        }
    }

    private func normalized(_ value: JSONValue) -> String {
        switch value {
        case .object(let object):
            var last: [String: JSONValue] = [:]  // a repeated key: the last wins, as in Foundation
            for pair in object.pairs { last[pair.key] = pair.value }
            return "{" + last.keys.sorted().map { JSONWriter.string(.string($0)) + ":" + normalized(last[$0]!) }.joined(separator: ",") + "}"
        case .array(let array): return "[" + array.map(normalized).joined(separator: ",") + "]"
        case .number(let n): return JSONWriter.number(n)
        default: return JSONWriter.string(value)
        }
    }

    /// What Foundation reads (nil: it refuses).
    private func foundation(_ bytes: [UInt8]) -> String? {
        (try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])).map(normalized)
    }

    /// What Winnow's tree parser reads (nil: it refuses).
    private func winnow(_ bytes: [UInt8]) -> String? {
        (try? JSONParser.parse(bytes)).map(normalized)
    }

    /// The streaming walk over a top-level object: each value read in place, and each skipped; both
    /// must succeed or fail with the tree, and the read values must be the tree's.
    private func streamed(_ bytes: [UInt8]) -> String? {
        var read: [(String, JSONValue)] = []
        let ok = bytes.withUnsafeBufferPointer { buffer in
            (try? JSONParser.streamObject(buffer) { (key, parser) throws(JSONParseError) in read.append((key, try parser.value())) }) != nil
        }
        return ok ? normalized(.object(JSONObject(read))) : nil
    }

    private let documents: [String] = [
        #"{"a": 1, "b": [true, false, null], "c": {"d": "e"}}"#,
        #"{"big": 1.7976931348623157e308, "tiny": 5e-324, "under": 1e-400, "neg": -0.0, "exp": 1E+2, "int": 9007199254740993}"#,
        #"{"escapes": "\" \\ \/ \b \f \n \r \t \u0041 \u00e9 \u4e2d", "pair": "\ud83d\ude00", "raw": "é中😀"}"#,
        #"{"empty": {}, "list": [], "nested": [[[[{"x": [[]]}]]]], "s": ""}"#,
        #"{"dup": 1, "dup": 2}"#,
        "{\"ws\"\t:\r\n [ 1 ,\n 2 ] }",
    ]

    private let broken: [String] = [
        #"{"a" 1}"#, #"{"a": [1, 2}"#, #"{"a": 01}"#, #"{"a": 1.}"#, #"{"a": .5}"#, #"{"a": +1}"#,
        #"{"a": "\x"}"#, #"{"a": "\u12"}"#, "{\"a\": \"tab\there\"}", #"{"a": tru}"#, #"{"a": NaN}"#, #"{'a': 1}"#,
        #"{"a": 1} x"#, "", "{",
    ]

    func testValidDocumentsReadTheSameAsFoundation() throws {
        for text in documents {
            let bytes = Array(text.utf8)
            let expected = try XCTUnwrap(foundation(bytes), "Foundation reads \(text)")
            XCTAssertEqual(winnow(bytes), expected, text)
            XCTAssertEqual(streamed(bytes), expected, text)
        }
    }

    func testBrokenDocumentsAreRefusedByBothAndTruncationAnywhereToo() throws {
        for text in broken {
            let bytes = Array(text.utf8)
            XCTAssertNil(foundation(bytes), "Foundation refuses \(text)")
            XCTAssertNil(winnow(bytes), text)
            XCTAssertNil(streamed(bytes), text)
        }
        let document = try Array(documents.element(2).utf8)
        for cut in 1..<document.count {  // every prefix of a valid document is refused by all three
            let prefix = Array(document[..<cut])
            XCTAssertNil(foundation(prefix), "cut at \(cut)")
            XCTAssertNil(winnow(prefix), "cut at \(cut)")
            XCTAssertNil(streamed(prefix), "cut at \(cut)")
        }
    }

    /// Where Winnow differs on purpose: a trailing comma is refused (Foundation on Linux takes it; RFC
    /// 8259 and Python do not), and a lone surrogate escape reads as U+FFFD (Python writes them;
    /// Foundation refuses the whole document).
    func testTheDeliberateDifferences() {
        let comma = Array(#"{"a": 1,}"#.utf8)
        XCTAssertNotNil(foundation(comma))
        XCTAssertNil(winnow(comma))
        XCTAssertNil(streamed(comma))
        let lone = Array(#"{"a": "\ud83d x"}"#.utf8)
        XCTAssertNil(foundation(lone))
        XCTAssertEqual(winnow(lone), "{\"a\":\"\u{FFFD} x\"}")
        XCTAssertEqual(streamed(lone), winnow(lone))
    }

    /// A byte-order mark: the streaming walk (which big files go through) passes over it, as
    /// Foundation does; nesting: both accept 500 levels and refuse 100,000 without crashing.
    func testByteOrderMarkAndDeepNesting() throws {
        let bom: [UInt8] = try [0xEF, 0xBB, 0xBF] + Array(documents.element(0).utf8)
        XCTAssertEqual(streamed(bom), foundation(bom))
        XCTAssertNotNil(streamed(bom))
        let deep = { (n: Int) in Array(("{\"a\":" + String(repeating: "[", count: n) + String(repeating: "]", count: n) + "}").utf8) }
        XCTAssertEqual(winnow(deep(500)), foundation(deep(500)))
        XCTAssertNotNil(streamed(deep(500)))
        XCTAssertNil(winnow(deep(100_000)))
        XCTAssertNil(streamed(deep(100_000)))
        XCTAssertNil(foundation(deep(100_000)))
    }
}
