import Foundation
import WinnowCore
import WinnowImaging
import XCTest

/// `winnow` on a YOLO folder built at test time: the boxes come out in pixels, bad lines are
/// reported with their line, and reading never writes into the dataset.
final class YOLOCommandTests: XCTestCase {
    private let root = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-yolo-e2e-\(UUID().uuidString)")
    private var dataset: URL { root.appendingPathComponent("dataset") }
    private var state: URL { root.appendingPathComponent("state") }

    override func setUpWithError() throws {
        try write("images/train/a.png", png(width: 200, height: 100))
        try write("images/val/b.png", png(width: 64, height: 32))
        try write("labels/train/a.txt", Array("0 0.5 0.5 0.25 0.5\n1 0.125 0.25 0.25 0.5\n".utf8))
        try write("labels/val/b.txt", Array("1 0.25 0.75 0.5 0.5 0.875\n0 0.5 oops 0.1 0.1\n".utf8))
        try write("data.yaml", Array("path: .\ntrain: images/train\nval: images/val\nnames:\n  0: person\n  1: car\n".utf8))
    }

    override func tearDown() { try? FileManager.default.removeItem(at: root) }

    func testListShowAndSummaryOnAYOLOFolder() throws {
        let list = try WinnowProcess.run(["list", dataset.path, "--json", "--state", state.path])
        XCTAssertEqual(list.status, 0, list.stderr)
        let rows = try list.stdout.split(separator: "\n").map { try JSONParser.parse(String($0)) }
        XCTAssertEqual(rows.compactMap { $0["id"]?.stringValue }, ["images/train/a.png", "images/val/b.png"])
        XCTAssertEqual(rows.compactMap { $0["labels"]?.intValue }, [2, 1])

        let shownA = try show("images/train/a.png")
        XCTAssertEqual(shownA["width"]?.intValue, 200)
        XCTAssertEqual(boxes(shownA), [[75, 25, 50, 50], [0, 0, 50, 50]])
        XCTAssertEqual(shownA["labels"]?.arrayValue?.compactMap { $0["category"]?.stringValue }, ["person", "car"])
        XCTAssertEqual(shownA["metadata"]?["split"]?.stringValue, "train")

        let shownB = try show("images/val/b.png")
        XCTAssertEqual(boxes(shownB), [[0, 16, 32, 16]])
        let prediction = shownB["labels"]?.arrayValue?.first
        XCTAssertEqual(prediction?["source"]?.stringValue, "prediction")
        XCTAssertEqual(prediction?["confidence"]?.doubleValue, 0.875)
        let problems = shownB["issues"]?.arrayValue?.compactMap { $0["location"]?.stringValue } ?? []
        XCTAssertTrue(problems.contains("labels/val/b.txt:2"), "\(problems)")

        let summary = try JSONParser.parse(try WinnowProcess.run(["summary", dataset.path, "--json", "--state", state.path]).stdout)
        XCTAssertEqual(summary["kind"]?.stringValue, "yolo")
        XCTAssertEqual(summary["labels"]?.intValue, 3)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dataset.appendingPathComponent(".winnow").path))
    }

    private func show(_ id: String) throws -> JSONValue {
        let result = try WinnowProcess.run(["show", dataset.path, id, "--json", "--state", state.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        return try JSONParser.parse(result.stdout)
    }

    private func boxes(_ shown: JSONValue) -> [[Double]] {
        shown["labels"]?.arrayValue?.compactMap { $0["bbox"]?.arrayValue?.compactMap(\.doubleValue) } ?? []
    }

    private func png(width: Int, height: Int) throws -> [UInt8] {
        try PNGEncoder.encode(RGBAImage(width: width, height: height, pixels: Array(repeating: 200, count: width * height * 4)))
    }

    private func write(_ relative: String, _ bytes: [UInt8]) throws {
        let file = dataset.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
    }
}
