import Foundation
import WinnowApp
import WinnowCore
import WinnowSamples
import WinnowTestSupport
import XCTest

/// Seed 002's sessions read and measured as every command opens them: the project's samples,
/// then sessions broken in each way the issue names, each reported by file while the rest loads.
final class PairDatasetTests: XCTestCase {
    private func open(_ folder: URL) throws -> Workspace {
        try CommonOptions.workspace(path: folder.path, read: ReadOptions())
    }

    private func samples() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        _ = try SampleWriter.writePairs(to: folder.url)
        return folder
    }

    private let recolour = "session-2025-01-15T10-30-45-123Z", farmhouse = "session-2025-01-15T11-15-22-456Z"
    private let scribble = "session-2025-01-16T14-40-00-500Z", again = "session-2025-01-17T08-12-33-250Z"
    private let unchanged = "session-2025-01-17T16-05-45-900Z", missing = "session-2025-01-18T12-00-00-000Z"

    func testTheSamplesReadWithTheirMeasuresAndTheOneMissingImage() throws {
        let folder = try samples()
        XCTAssertEqual(DatasetDetector.detect(folder.url), .pairs)
        let workspace = try open(folder.url)
        let items = Dictionary(uniqueKeysWithValues: workspace.items.map { ($0.id, $0) })
        XCTAssertEqual(workspace.items.count, 7)
        XCTAssertEqual(try workspace.datasets.element(0).issues, [])
        XCTAssertEqual(items[missing]?.readIssues.map(\.code), ["pair.missing-image"])
        XCTAssertEqual(items[missing]?.confidence, 0)
        XCTAssertEqual(items.values.filter { $0.id != missing }.flatMap(\.readIssues).map(\.message).sorted(),
                       ["the same original photo as \(recolour)", "the same original photo as \(again)"])
        let pair = try XCTUnwrap(items[recolour]?.pair)
        XCTAssertEqual(pair.instruction, "paint the walls blue-gray")
        XCTAssertEqual(pair.email, "ana.lima@example.com")
        XCTAssertEqual(pair.timestamp, "2025-01-15T10:30:45.123Z")
        XCTAssertEqual(items[recolour]?.width, 320)
        XCTAssertNil(items[recolour]?.metadata["userEmail"], "the address is not metadata anyone prints")
        // A recolour keeps the structure; the scribble loses it; the unchanged one did nothing.
        XCTAssertGreaterThan(try XCTUnwrap(pair.structure), 0.9)
        XCTAssertGreaterThan(try XCTUnwrap(pair.change), 0.02)
        XCTAssertLessThan(try XCTUnwrap(items[scribble]?.pair?.structure), 0.2)
        XCTAssertLessThan(try XCTUnwrap(items[unchanged]?.pair?.change), 0.01)
        XCTAssertLessThan(try XCTUnwrap(items[unchanged]?.confidence), 0.5)
        XCTAssertGreaterThan(try XCTUnwrap(items[recolour]?.confidence), 0.9)
        // The same house photographed twice, and only those.
        XCTAssertEqual(pair.sameOriginalAs, [again])
        XCTAssertEqual(items[again]?.pair?.sameOriginalAs, [recolour])
        XCTAssertEqual(workspace.items.filter { !($0.pair?.sameOriginalAs.isEmpty ?? true) }.count, 2)
    }

    func testFiltersAndTheDuplicatesQueueUseTheMeasures() throws {
        let folder = try samples()
        let snapshot = ReviewSnapshot(workspace: try open(folder.url), ledgers: [CurationLedger()])
        func ids(_ query: String) throws -> [String] { snapshot.select(try FilterQuery.parse(query)).map { snapshot.items[$0].id } }
        XCTAssertEqual(try ids("changed<0.01"), [unchanged])
        XCTAssertEqual(try ids("structure<0.5"), [scribble])
        XCTAssertEqual(try ids("dup:yes"), [recolour, again])
        XCTAssertEqual(try ids("dup:no").count, 5)
        let entries = QueueEntry.entries(items: snapshot.items, ledgers: snapshot.ledgers, datasetOfItem: snapshot.workspace.datasetIndexOfItem,
                                         thresholds: .standard, issues: snapshot.itemIssues)
        XCTAssertEqual(ReviewQueue.order(.duplicates, entries).map { snapshot.items[$0].id }, [recolour, again])
        XCTAssertEqual(Set(ReviewQueue.order(.triage, entries).prefix(3).map { snapshot.items[$0].id }), [scribble, unchanged, missing],
                       "the destroyed house, the unchanged one and the missing image first (0), then by confidence")
    }

    func testBrokenSessionsAreReportedByFileAndTheRestLoads() throws {
        let folder = try samples()
        let root = folder.url
        func session(_ name: String) -> URL { root.appendingPathComponent(name) }
        // Metadata that is not JSON; a metadata naming a file that is not there (another image is).
        try "{not json".write(to: session(recolour).appendingPathComponent("metadata-2025-01-15T10-30-45-123Z.json"), atomically: true, encoding: .utf8)
        let farmhouseMeta = session(farmhouse).appendingPathComponent("metadata-2025-01-15T11-15-22-456Z.json")
        try String(contentsOf: farmhouseMeta, encoding: .utf8).replacingOccurrences(of: "\"originalFilename\": \"original-", with: "\"originalFilename\": \"gone-")
            .replacingOccurrences(of: "\"reimaginedSize\": ", with: "\"reimaginedSize\": 1")
            .write(to: farmhouseMeta, atomically: true, encoding: .utf8)
        // A truncated JPEG and a 0-byte one.
        let scribbleImage = session(scribble).appendingPathComponent("reimagined-2025-01-16T14-40-00-500Z.jpg")
        try Data(try Data(contentsOf: scribbleImage).prefix(900)).write(to: scribbleImage)
        try Data().write(to: session(unchanged).appendingPathComponent("original-2025-01-17T16-05-45-900Z.jpg"))
        // A session that is a link out of the dataset, a folder without a log line, a log line without a folder.
        let outside = try TemporaryFolder()
        try FileManager.default.createSymbolicLink(at: session("session-2030-01-01T00-00-00-000Z"), withDestinationURL: outside.url)
        try FileManager.default.createDirectory(at: session("session-2030-02-02T00-00-00-000Z"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: session(again).appendingPathComponent("original-2025-01-17T08-12-33-250Z.jpg"),
                                         to: session("session-2030-02-02T00-00-00-000Z").appendingPathComponent("original-2030-02-02T00-00-00-000Z.jpg"))
        let log = root.appendingPathComponent("training-log.jsonl")
        try (String(contentsOf: log, encoding: .utf8) + #"{"sessionId":"session-2031-01-01T00-00-00-000Z","instruction":"lost"}"# + "\nnot json\n")
            .write(to: log, atomically: true, encoding: .utf8)

        let workspace = try open(root)
        let items = Dictionary(uniqueKeysWithValues: workspace.items.map { ($0.id, $0) })
        XCTAssertEqual(workspace.items.count, 8, "seven sessions and the new folder; the link is skipped")
        XCTAssertEqual(try workspace.datasets.element(0).issues.map(\.text), [
            "training-log.jsonl:9: not a JSON object",
            "session-2030-01-01T00-00-00-000Z: a symbolic link out of the dataset folder; skipped",
            "session-2030-02-02T00-00-00-000Z: no line in training-log.jsonl",
            "training-log.jsonl:8: session session-2031-01-01T00-00-00-000Z has no folder",
        ])
        XCTAssertEqual(items[recolour]?.readIssues.map(\.code), ["pair.bad-metadata", "pair.same-original"])
        XCTAssertTrue(try items[recolour]?.readIssues.element(0).text.hasPrefix("\(recolour)/metadata-2025-01-15T10-30-45-123Z.json: line 1: not valid JSON") ?? false,
                      items[recolour]?.readIssues.shown(0) ?? "")
        XCTAssertEqual(items[recolour]?.pair?.instruction, "paint the walls blue-gray", "the log line gives the instruction")
        XCTAssertEqual(items[farmhouse]?.readIssues.map(\.text), [
            "\(farmhouse): the metadata names gone-2025-01-15T11-15-22-456Z.jpg, which is not there (original-2025-01-15T11-15-22-456Z.jpg is)",
            "\(farmhouse)/reimagined-2025-01-15T11-15-22-456Z.jpg: the metadata says 1\(try XCTUnwrap(items[farmhouse]?.pair?.editedURL).fileSize) bytes, the file has \(try XCTUnwrap(items[farmhouse]?.pair?.editedURL).fileSize)",
        ])
        XCTAssertEqual(items[scribble]?.readIssues.map(\.code), ["pair.size-mismatch", "pair.undecodable"])
        XCTAssertEqual(items[scribble]?.readIssues.last?.text,
                       "\(scribble)/reimagined-2025-01-16T14-40-00-500Z.jpg: corrupt JPEG: JPEG data is truncated (premature end of file)")
        XCTAssertNil(items[scribble]?.pair?.change)
        XCTAssertEqual(items[unchanged]?.readIssues.map(\.code), ["pair.size-mismatch", "pair.undecodable"], "a 0-byte original")
        XCTAssertNotNil(items[again]?.pair?.change, "the rest is measured")
        let snapshot = ReviewSnapshot(workspace: workspace, ledgers: [CurationLedger()])
        let export = PairExport(snapshot, items: Array(snapshot.items.indices), options: PairExportOptions(format: .jsonl))
        XCTAssertEqual(export.leftOut, ["incomplete": 2, "unreadable": 2], "a truncated and a 0-byte image never reach a training set")
        XCTAssertFalse(export.records.contains { [scribble, unchanged].contains($0.session) })
    }
}

private extension URL {
    var fileSize: Int { (try? resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? -1 }
}
