import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

/// A big COCO file's annotations are parsed in blocks on all cores. Whatever the cuts, the blocks
/// must give exactly the annotations a reading from the start gives, in order, and a broken one
/// must be reported exactly as that reading reports it.
final class COCOAnnotationBlocksTests: XCTestCase {
    /// Annotations with strings that hold brackets, commas and quotes, and nested segmentation.
    private func annotations(_ count: Int) -> String {
        let lines = (0..<count).map { n in
            #"  {"id": \#(n + 1), "image_id": \#(n % 7 + 1), "category_id": 1, "segmentation": [[1, 2], [3, [4]]], "#
                + #""note": "a ], \"{ [", "bbox": [\#(n), 1, 2, 3]}"#
        }
        return "[\n" + lines.joined(separator: ",\n") + "\n]"
    }

    private func ids(_ fields: [COCOAnnotationFields]) -> [Int] { fields.map { $0.id?.intValue ?? -1 } }

    func testMarksFallWhereElementsStartAndBlocksReadAsOneReadingDoes() throws {
        var text = annotations(500)
        try text.withUTF8 { bytes in
            var sequential: [COCOAnnotationFields] = []
            var whole = JSONParser.at(0, in: bytes)
            try whole.forEachElementInPlace { (p) throws(JSONParseError) in sequential.append(try COCOAnnotationFields(parsing: &p)) }

            var skipper = JSONParser.at(0, in: bytes)
            let marks = try XCTUnwrap(try skipper.skipArrayMarkingElements(every: 700))
            XCTAssertEqual(skipper.position, bytes.count, "the whole array is passed over")
            XCTAssertGreaterThan(marks.count, 20)
            XCTAssertTrue(marks.dropLast().allSatisfy { bytes[$0] == UInt8(ascii: "{") })
            XCTAssertEqual(bytes[marks.last!], UInt8(ascii: "]"))

            let blocks = COCOAnnotationBlocks(bytes: bytes, marks: marks, window: 2)
            blocks.start(workers: 3)
            var inBlocks: [COCOAnnotationFields] = []
            var ends: [Int] = []
            let resume = try blocks.forEachInOrder { (fields, end) throws(JSONParseError) in
                inBlocks += fields
                ends.append(end)
            }
            XCTAssertNil(resume)
            XCTAssertEqual(ids(inBlocks), ids(sequential))
            XCTAssertEqual(ids(inBlocks), Array(1...500))
            XCTAssertEqual(inBlocks.map { if case .plain(let box) = $0.box { box.x } else { -1 } }, (0..<500).map(Double.init))
            XCTAssertEqual(ends, Array(marks.dropFirst()))
        }
    }

    func testAnEmptyArrayAndANonArrayHaveNoBlocks() throws {
        for (text, expected) in [("[ ]", [3] as [Int]?), ("{\"a\": [1, 2]}", nil)] {
            var copy = text
            try copy.withUTF8 { bytes in
                var parser = JSONParser.at(0, in: bytes)
                XCTAssertEqual(try parser.skipArrayMarkingElements(every: 1), expected.map { $0.map { _ in text.utf8.count - 1 } })
                XCTAssertEqual(parser.position, bytes.count)
            }
        }
    }

    /// A block that does not read cleanly (a broken element, a trailing comma) is handed back by
    /// its start; the blocks before it are handed over whole.
    func testABlockThatDoesNotReadIsLeftToTheCaller() throws {
        for broken in [(#""id": 300,"#, #""id": 300,,"#), ("\n]", ",\n]")] {
            let text = annotations(400).replacingOccurrences(of: broken.0, with: broken.1)
            var copy = text
            try copy.withUTF8 { bytes in
                var skipper = JSONParser.at(0, in: bytes)
                let marks = try XCTUnwrap(try skipper.skipArrayMarkingElements(every: 2_000))
                let blocks = COCOAnnotationBlocks(bytes: bytes, marks: marks)
                blocks.start()
                var handed = 0
                let resume = try XCTUnwrap(try blocks.forEachInOrder { (fields, _) throws(JSONParseError) in handed += fields.count })
                XCTAssertTrue(marks.contains(resume))
                let brokenAt = text.utf8.count - text.components(separatedBy: broken.1).last!.utf8.count
                XCTAssertLessThanOrEqual(resume, brokenAt)
                XCTAssertEqual(handed, String(text.prefix(resume)).components(separatedBy: #"{"id""#).count - 1, "every element before it")
                var rest = JSONParser.at(resume, in: bytes)
                XCTAssertThrowsError(try rest.forEachRemainingElement { (p) throws(JSONParseError) in _ = try COCOAnnotationFields(parsing: &p) })
            }
        }
    }

    /// A file big enough for several blocks reads as the tree reader reads it, and a broken
    /// annotation in a late block is reported at its line and column, as the tree reader would.
    func testABigFileReadsAsTheTreeReaderReadsIt() throws {
        let images = (1...7).map { #"{"id": \#($0), "file_name": "img\#($0).png", "width": 640, "height": 480}"# }
        let body = #""categories": [{"id": 1, "name": "button"}], "annotations": "# + annotations(30_000)
        let folder = try TemporaryFolder()
        let streamedFile = try folder.write("streamed/coco.json", text: "{\"images\": [" + images.joined(separator: ", ") + "], " + body + "}")
        // NaN in an image (not JSON) sends the whole file through the lenient tree reader.
        let treeFile = try folder.write("tree/coco.json", text: "{\"images\": [" + images.joined(separator: ", ") + ", {\"id\": 99, \"file_name\": \"x.png\", \"extra\": NaN}], " + body + "}")
        XCTAssertGreaterThan(try Data(contentsOf: streamedFile).count, 3 << 20, "several blocks of a megabyte")
        var options = ReadOptions()
        options.indexCacheMinimumBytes = .max
        let streamed = try COCOReader.read(streamedFile, options: options)
        let tree = try COCOReader.read(treeFile, options: options)
        XCTAssertEqual(tree.issues.map(\.code), ["json.non-finite"])
        XCTAssertEqual(streamed.items.map(\.id), (1...7).map { "img\($0).png" })
        XCTAssertEqual(streamed.items.map { $0.labels.map(\.id) }, tree.items.prefix(7).map { $0.labels.map(\.id) })
        XCTAssertEqual(streamed.items.map { $0.labels.compactMap(\.bbox) }, tree.items.prefix(7).map { $0.labels.compactMap(\.bbox) })
        XCTAssertEqual(streamed.items.reduce(0) { $0 + $1.labels.count }, 30_000)

        let broken = try String(contentsOf: streamedFile, encoding: .utf8).replacingOccurrences(of: #"{"id": 25000,"#, with: #"{"id": 25000,,"#)
        let brokenFile = try folder.write("broken/coco.json", text: broken)
        var copy = broken
        let treeError = try XCTUnwrap(copy.withUTF8 { bytes -> JSONParseError? in
            do throws(JSONParseError) { _ = try JSONParser.parse(bytes); return nil } catch { return error }
        })
        XCTAssertEqual(treeError.line, 25_001)
        XCTAssertThrowsError(try COCOReader.read(brokenFile, options: options)) { error in
            XCTAssertEqual((error as? ReadError)?.message, ReadError(json: treeError, in: brokenFile).message)
        }
    }
}
