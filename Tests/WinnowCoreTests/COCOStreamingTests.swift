import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

/// A COCO file read without a tree of its annotations: the top level key by key (values Winnow
/// does not read skipped over their bytes), then each annotation straight from its bytes. It must
/// read exactly what the tree reader reads, whatever the key order and however odd the strings.
final class COCOStreamingTests: XCTestCase {
    private let body = #"""
        "annotations": [
          {"segmentation": [[1, 2, 3, 4]], "area": 12.5, "iscrowd": 0, "image_id": 2, "bbox": [10, 20, 30, 40], "category_id": 1, "id": 7},
          {"id": 8, "image_id": 1, "category_id": 2, "bbox": [1.5, 2.5, 3, 4], "score": 0.25, "note": "a ] } \" [ { string", "iscrowd": 1},
          {"id": 9, "image_id": 99, "category_id": 1, "bbox": [0, 0, 1, 1]}
        ],
        "info": {"description": "escapes \\ and \u00e9 and ] brackets", "nested": [{"a": [1, {"b": "}"}]}]},
        "images": [{"id": 1, "file_name": "a.png", "width": 640, "height": 480}, {"id": 2, "file_name": "b.png", "width": 320, "height": 200}],
        "categories": [{"id": 1, "name": "button"}, {"id": 2, "name": "link"}]
        """#

    private func read(_ text: String) throws -> Dataset {
        let folder = try TemporaryFolder()
        try folder.write("coco.json", text: text)
        return try COCOReader.read(folder.file("coco.json"), options: ReadOptions())
    }

    private func summary(_ d: Dataset) -> [String] {
        d.items.map { item in
            item.id + ": " + item.labels.map { "\($0.id) \($0.category) \($0.bbox.map { "\($0.x),\($0.y),\($0.width),\($0.height)" } ?? "-") \($0.confidence) \($0.source)\($0.crowd ? " crowd" : "")" }
                .joined(separator: "; ")
        }
    }

    func testAnnotationsBeforeImagesAndOddStringsReadAsTheTreeReaderReadsThem() throws {
        let streamed = try read("{" + body + "}")
        XCTAssertEqual(summary(streamed), ["a.png: 8 link 1.5,2.5,3.0,4.0 0.25 prediction crowd", "b.png: 7 button 10.0,20.0,30.0,40.0 1.0 coco"])
        XCTAssertEqual(streamed.issues.map(\.code), ["coco.unknown-image"])
        // A NaN is not JSON: where it is read (a box), the lenient tree reader takes over and must agree.
        let lenient = try read("{" + body.replacingOccurrences(of: "[0, 0, 1, 1]", with: "[0, NaN, 1, 1]") + "}")
        XCTAssertEqual(summary(lenient), summary(streamed))
        XCTAssertEqual(lenient.issues.map(\.code), ["json.non-finite", "coco.unknown-image"])
        // In a field Winnow passes over (area), it is passed over too.
        XCTAssertEqual(summary(try read("{" + body.replacingOccurrences(of: "\"area\": 12.5", with: "\"area\": NaN") + "}")), summary(streamed))
    }

    func testABrokenFileStillSaysWhereItBreaks() {
        XCTAssertThrowsError(try read("{\n\"images\": [\n{\"id\": 1,, }]}")) { error in
            XCTAssertTrue((error as? ReadError)?.message.contains("coco.json:3: not valid JSON") ?? false, "\(error)")
        }
    }

    /// A 2 GB file that is one line (sparse: zeros after a start of COCO) fails at its first bad byte,
    /// said as the tree reader says it, without the file ever being read into memory; trailing text
    /// after the object is refused as the tree reader refuses it.
    func testAHugeSingleLineAndTrailingTextAreReportedWithoutATree() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("huge.json", text: #"{"images": ["#)
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 2 << 30)
        try handle.close()
        XCTAssertThrowsError(try COCOReader.read(file, options: ReadOptions())) { error in
            XCTAssertEqual((error as? ReadError)?.message, "\(file.path):1: not valid JSON (column 13: unexpected character 0x0)")
        }
        XCTAssertThrowsError(try read("{" + body + "} trailing")) { error in
            XCTAssertTrue((error as? ReadError)?.message.hasSuffix("coco.json:8: not valid JSON (column 73: unexpected text after the JSON value)") ?? false, "\(error)")
        }
    }

    func testSkippingAndFieldsFromTheBytes() throws {
        var seen: [String] = []
        let text = #"{"skip": {"x": ["]", "\"}", [1, [2]]]}, "keep": [1, 2], "n": -1.5e3, "t": true}"#
        var copy = text
        try copy.withUTF8 { buffer in
            try JSONParser.streamObject(buffer) { (key, parser) throws(JSONParseError) in
                if key == "keep" { seen.append("keep \(try parser.value().jsonText)") } else { try parser.skipValue(); seen.append(key) }
            }
        }
        XCTAssertEqual(seen, ["skip", "keep [1,2]", "n", "t"])
    }
}
