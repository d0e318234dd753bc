import Foundation
import WinnowTestSupport
import XCTest
@testable import WinnowCore

/// Inputs scripts/fuzz.sh found that crashed, hung or over-allocated, kept in FuzzFindings/<target>/
/// and read again here through the reader that failed on them.
final class FuzzFindingsTests: XCTestCase {
    private static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("FuzzFindings")

    private func findings(_ target: String) throws -> [URL] {
        let files = try FileManager.default.contentsOfDirectory(at: Self.folder.appendingPathComponent(target), includingPropertiesForKeys: nil)
        XCTAssertFalse(files.isEmpty, "no findings kept for \(target)")
        return files.sorted { $0.path < $1.path }
    }

    /// Foundation's XML parser traps on an element name that is not UTF-8: such a file is reported.
    func testVOCFilesThatAreNotUTF8AreReported() throws {
        for file in try findings("voc") {
            switch VOCXMLParser.parse(try Data(contentsOf: file)) {
            case .success: XCTFail("\(file.lastPathComponent) was read")
            case .failure(let failure): XCTAssertEqual(failure.message, "not valid UTF-8", file.lastPathComponent)
            }
        }
        let bad = try Data(contentsOf: Self.folder.appendingPathComponent("voc/element-name-not-utf8.xml"))
        guard case .failure(let failure) = VOCXMLParser.parse(bad) else { return XCTFail("read") }
        XCTAssertEqual(failure.line, 13)
    }

    /// The streaming reader passed a key's escapes through undecoded, so `"im\u0061ges"` was not
    /// `images` to it (the tree reader decoded it): both now see the same keys.
    func testTheStreamingReaderDecodesEscapedKeysAsTheTreeReaderDoes() throws {
        for file in try findings("json") {
            let bytes = try [UInt8](Data(contentsOf: file))
            guard case .object(let object) = try JSONParser.parse(bytes) else { return XCTFail(file.lastPathComponent) }
            var keys: [String] = []
            try bytes.withUnsafeBufferPointer { buffer in
                try JSONParser.streamObject(buffer) { (key, parser) throws(JSONParseError) in
                    keys.append(key)
                    try parser.skipValue()
                }
            }
            XCTAssertEqual(keys, object.keys, file.lastPathComponent)
        }
        let coco = Array(#"{"images": [{"id": 1, "file_name": "a.png", "width": 4, "height": 4}], "annotations": [], "categories": []}"#.utf8)
        var seen: [String] = []
        try coco.withUnsafeBufferPointer { buffer in
            try JSONParser.streamObject(buffer) { (key, parser) throws(JSONParseError) in
                seen.append(key)
                try parser.skipValue()
            }
        }
        XCTAssertEqual(seen, ["images", "annotations", "categories"])
    }

    /// A data.yaml whose split is `..` (or `/`) had the reader walk every file around the dataset
    /// (minutes, with /tmp): a folder holding the dataset is refused, one beside it is still read.
    func testAYOLOSplitThatHoldsTheDatasetIsNotWalked() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("d/images/a.png", bytes: [])
        try folder.write("d/data.yaml", text: "path: .\ntrain: ..\nval: /\ntest: images\nnames: [a]\n")
        let dataset = try YOLOReader.read(folder.file("d"))
        XCTAssertEqual(dataset.issues.filter { $0.text.contains("a folder that holds the dataset itself; not searched for images") }.count, 2,
                       dataset.issues.map(\.text).joined(separator: "\n"))
        XCTAssertEqual(dataset.items.map(\.id), ["images/a.png"])
        for file in try findings("yolo") {
            try folder.copy(file, to: "found-\(file.lastPathComponent)/data.yaml")
            _ = try? YOLOReader.read(folder.file("found-\(file.lastPathComponent)"))  // returns: it took minutes
        }
    }
}
