import WinnowTestSupport
import XCTest

@testable import WinnowCore

/// An annotation file read straight from its bytes gives what reading it as a tree gives: labels,
/// size, context and every problem with its place, for ordinary files and odd ones alike.
final class ScreenshotAnnotationFileTests: XCTestCase {
    private let label = #"{"bbox":[10,20,30.5,40],"category_name":"button","confidence":0.85,"source":"template_matching","verified":false}"#

    private var documents: [String] {
        [
            #"{"image":"images/a.png","width":1920,"height":1080,"annotations":[\#(label),\#(label)],"context":{"window":"Login"}}"#,
            #"{"annotations":[]}"#,
            #"{"width":-3,"height":"tall","annotations":[\#(label)]}"#,
            #"{"width":10}"#,  // no list
            #"{"annotations":{"not":"a list"}}"#,
            #"{"annotations":[1,"two",null,\#(label)]}"#,  // entries that are not objects
            #"{"annotations":[{"bbox":[1,2,3],"category_name":"x"},{"bbox":[1,2,3,4,5]},{"bbox":"no"},{"bbox":[1,null,3,4]},{}]}"#,
            #"{"annotations":[{"bbox":[0,0,5,5],"confidence":"high","source":"user_click"},{"bbox":[0,0,5,5],"confidence":1.5,"verified":true}]}"#,
            #"{"annotations":[{"bbox":[0,0,5,5],"bbox":[1,1,2,2],"category_name":"a","category_name":"b"}],"width":5,"width":6}"#,  // repeated keys: the last wins
            #"{"annotations":[\#(label)],"annotations":"gone"}"#,
            #"{"annotations":[{"bbox":[1e2,2.5E-1,-0.0,7],"category_name":"\u0062utton","extra":{"deep":[1,[2,{}]]}}]}"#,
            #"{"annotations":[{"bbox":[1,2,3,4],"category_name":"x","confidence":NaN}]}"#,  // NaN: read leniently
            "\u{FEFF}" + #"{"annotations":[\#(label)]}"#,  // a byte-order mark
            #"{"annotations":[\#(label)],}"#,  // broken: a trailing comma
            #"{"annotations":[\#(label)"#,  // truncated
            #"{"annotations":[{"bbox":[1,2,3,4],"extra":[1,,2]}]}"#,  // broken inside a value nothing reads
            "{\"annotations\":[{\"bbox\":[1,2,3,4],\"ke\u{01}y\":1}]}",  // a control byte in a key
            "{\"annotations\":[{\"bbox\":[1,2,3,4],\"k\u{E9}y\":1}]}",  // a key in UTF-8
            #"{"annotations":[{"bbox":[1,2,3,4],"category_name":"caf\u00e9","source":"templ\u0061te_matching"},{"bbox":[1,2,3,4],"category_name":"café","source":"template_matching"},{"bbox":[1,2,3,4],"category_name":"","source":""}]}"#,
            #"{"annotations":[{"bbox":[1,2,3,4],"category_name":"tab\there","source":7},{"bbox":[1,2,3,4],"category_name":"a\"quote"}]}"#,
            #"[1,2]"#,
            #""#,
        ]
    }

    func testStraightFromTheBytesReadsAsTheTreeDoes() {
        var strings = RepeatedStrings()
        for document in documents {
            let bytes = Array(document.utf8)
            var streamedIssues: [Issue] = [], treeIssues: [Issue] = []
            let streamed = ScreenshotAnnotationFile.read(bytes, path: "/nowhere", displayPath: "annotations/a.json", issues: &streamedIssues, strings: &strings)
            let tree = ScreenshotAnnotationFile.readAsTree(bytes, displayPath: "annotations/a.json", issues: &treeIssues)
            XCTAssertEqual(streamed.map { "\($0.labels)" }, tree.map { "\($0.labels)" }, document)  // as text: NaN is not equal to itself
            XCTAssertEqual(streamed?.width, tree?.width, document)
            XCTAssertEqual(streamed?.height, tree?.height, document)
            XCTAssertEqual(streamed?.context, tree?.context, document)
            XCTAssertEqual(streamedIssues, treeIssues, document)
        }
    }

    func testWhatTheOrdinaryFileGives() throws {
        var issues: [Issue] = [], strings = RepeatedStrings()
        let file = try XCTUnwrap(ScreenshotAnnotationFile.read(Array(documents[0].utf8), path: "/nowhere", displayPath: "a.json", issues: &issues, strings: &strings))
        XCTAssertEqual(issues, [])
        XCTAssertEqual([file.width, file.height], [1920, 1080])
        XCTAssertEqual(file.labels.map(\.id), ["0", "1"])
        let first = try XCTUnwrap(file.labels.first)
        XCTAssertEqual(first.bbox, BoundingBox(x: 10, y: 20, width: 30.5, height: 40))
        XCTAssertEqual(first.category, "button")
        XCTAssertEqual(first.source, "template_matching")
        XCTAssertEqual(first.confidence, 0.85)
        XCTAssertEqual(file.context, .object(JSONObject([("window", .string("Login"))])))
    }

    func testABrokenFileSaysWhereAsTheTreeReaderDoes() {
        var issues: [Issue] = [], strings = RepeatedStrings()
        XCTAssertNil(ScreenshotAnnotationFile.read(Array("{\n\"annotations\": [1,,2]}".utf8), path: "/nowhere", displayPath: "a.json", issues: &issues, strings: &strings))
        XCTAssertEqual(issues.map(\.code), ["annotation.bad-json"])
        XCTAssertEqual(issues.first?.location, "a.json:2")
    }

    func testUnreadableBytesAreMissingOrUnreadable() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var issues: [Issue] = [], strings = RepeatedStrings()
        XCTAssertNil(ScreenshotAnnotationFile.read(nil, path: folder.url.appendingPathComponent("gone.json").path, displayPath: "gone.json", issues: &issues, strings: &strings))
        XCTAssertNil(ScreenshotAnnotationFile.read(nil, path: folder.url.path, displayPath: "here", issues: &issues, strings: &strings))
        XCTAssertEqual(issues.map(\.message), ["annotation file is missing; item has no labels", "annotation file cannot be read; item has no labels"])
    }
}
