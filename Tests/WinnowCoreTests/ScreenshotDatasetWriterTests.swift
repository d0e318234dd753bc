import WinnowTestSupport
import XCTest

@testable import WinnowCore

/// Writing into the dataset folder: complete files before manifest lines, torn lines ended, runs that stopped finished.
final class ScreenshotDatasetWriterTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder?.remove() }

    private func records(_ text: String) throws -> URL {
        try folder.copy(try RealData.url(RealData.tinyPNG), to: "run/a.png")
        return try folder.write("run/records.jsonl", text: text)
    }

    private let clickRecord = #"{"action_id":"a","action_type":"CLICK","screenshot_reference":"a.png","success":true,"clicked_location":[5,5]}"#

    func testAManifestLineLeftWithoutItsLineBreakIsEndedBeforeTheNextOne() throws {
        let manifest = try folder.write("ds/manifest.jsonl", text: #"{"image_id":"torn""#)
        try DatasetFiles.appendLine(#"{"image_id":"next"}"#, to: manifest)
        XCTAssertEqual(try String(contentsOf: manifest, encoding: .utf8), "{\"image_id\":\"torn\"\n{\"image_id\":\"next\"}\n")
    }

    func testARunStoppedBeforeItsManifestLineIsFinishedByTheNextRun() throws {
        let records = try records(clickRecord + "\n")
        let root = folder.file("ds")
        let first = try RecordsIngest().run(records: records, into: root)
        XCTAssertEqual(first.newImages, 1)
        // As if the process died after the image and annotation file were in place.
        try folder.write("ds/manifest.jsonl", text: "")
        let annotation = try Data(contentsOf: root.appendingPathComponent("annotations/c90e86090a625661.json"))

        let second = try RecordsIngest().run(records: records, into: root)
        XCTAssertEqual([second.newImages, second.boxes], [1, 0], "listed again; its box was already in the file")
        XCTAssertEqual(try Data(contentsOf: root.appendingPathComponent("annotations/c90e86090a625661.json")), annotation)
        let dataset = try ScreenshotDatasetReader.read(root, options: ReadOptions())
        XCTAssertEqual(dataset.items.map(\.id), ["c90e86090a625661"])
        XCTAssertEqual(try dataset.items.element(0).labels.map(\.bbox), [BoundingBox(x: -20, y: -20, width: 50, height: 50)])
        XCTAssertEqual(dataset.issues, [])
    }

    func testAnExistingAnnotationFileThatIsNotJSONIsLeftAloneAndItsRecordsSkipped() throws {
        let records = try records(clickRecord + "\n" + clickRecord.replacingOccurrences(of: "[5,5]", with: "[9,9]") + "\n")
        let root = folder.file("ds")
        _ = try RecordsIngest().run(records: records, into: root)
        try folder.write("ds/annotations/c90e86090a625661.json", text: "{ broken")
        var heard: [IngestProblem] = []
        try folder.write("run/records.jsonl", text: clickRecord.replacingOccurrences(of: "[5,5]", with: "[1,1]") + "\n")
        let summary = try RecordsIngest(onProblem: { heard.append($0) }).run(records: records, into: root)
        XCTAssertEqual(heard, [IngestProblem(line: 1, "annotations/c90e86090a625661.json in the dataset is not a JSON object; record skipped")])
        XCTAssertEqual([summary.ingested, summary.skipped], [0, 1])
        XCTAssertEqual(try String(contentsOf: root.appendingPathComponent("annotations/c90e86090a625661.json"), encoding: .utf8), "{ broken")
    }

    func testAFolderThatIsNeitherADatasetNorEmptyIsRefused() throws {
        let records = try records(clickRecord + "\n")
        try folder.write("other/notes.txt", text: "mine")
        XCTAssertThrowsError(try RecordsIngest().run(records: records, into: folder.file("other"))) { error in
            XCTAssertEqual((error as? IngestFailure)?.message, "\(self.folder.file("other").path) is neither a screenshot dataset (no manifest.jsonl) nor empty")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.file("other").path), ["notes.txt"])
    }
}
