import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

/// A line longer than the cap (a 2 GB JSONL that is one line took 27 s and 6.3 GB) is reported as
/// `file:line: line longer than …` and skipped; the lines around it are read, with their numbers.
final class LongLineTests: XCTestCase {
    func testAHugeOneLineFileIsReportedWithoutBeingRead() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("huge.jsonl", text: "")
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 2 << 30)
        try handle.close()
        let dataset = try TextDatasetReader.read(file, options: ReadOptions())
        XCTAssertEqual(dataset.items.count, 0)
        XCTAssertEqual(dataset.issues.map(\.text), ["huge.jsonl:1: line longer than 64 MB (2147 MB); skipped"])
    }

    func testTheLinesAroundALongOneAreReadWithTheirNumbers() throws {
        let folder = try TemporaryFolder()
        let long = String(repeating: "a", count: 2_000)
        let file = try folder.write("mixed.jsonl", text: #"{"text": "first", "expected_intent": "x"}"# + "\n" + long + "\n"
                                    + #"{"text": "third", "expected_intent": "y"}"# + "\n" + #"{"text": "bad"#)
        var options = ReadOptions()
        options.maxLineBytes = 1_000
        let dataset = try TextDatasetReader.read(file, options: options)
        XCTAssertEqual(dataset.items.map { $0.textContent?.text }, ["first", "third"])
        XCTAssertEqual(dataset.issues.map(\.location), ["mixed.jsonl:2", "mixed.jsonl:4"])
        XCTAssertEqual(dataset.issues.first?.message, "line longer than 1000 bytes (2000 bytes); skipped")

        let manifest = try folder.write("screens/manifest.jsonl", text: #"{"image_id": "a", "width": 10, "height": 10}"# + "\n" + long + "\n")
        let screens = try ScreenshotDatasetReader.read(manifest.deletingLastPathComponent(), options: options)
        XCTAssertEqual(screens.items.map(\.id), ["a"])
        XCTAssertEqual(screens.issues.filter { $0.code == "file.long-line" }.map(\.location), ["manifest.jsonl:2"])
    }
}
