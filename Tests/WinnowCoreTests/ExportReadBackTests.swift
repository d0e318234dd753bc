import Foundation
import WinnowTestSupport
import XCTest
@testable import WinnowCore

/// The read-back must catch an export that does not say what was meant: each format is written,
/// passes, then has one box changed on disk and must fail, naming the file.
final class ExportReadBackTests: XCTestCase {
    private var fixture: ScreenshotDatasetFixture!

    override func tearDown() {
        fixture = nil  // XCTest keeps every test case object to the end of the run: its folder goes now
        super.tearDown()
    }

    private func snapshot() throws -> ReviewSnapshot {
        fixture = try ScreenshotDatasetFixture()
        for k in 0..<4 {
            try fixture.addItem("i\(k)", labels: [ScreenshotDatasetFixture.label("button", "[4,4,8,8]"),
                                                  ScreenshotDatasetFixture.label("field", "[\(k),10,20,6]")])
        }
        try fixture.writeManifest()
        let dataset = try ScreenshotDatasetReader.read(fixture.root, options: ReadOptions())
        return ReviewSnapshot(workspace: Workspace(root: fixture.root, datasets: [dataset], issues: [], qualifyIDs: false), ledgers: [CurationLedger()])
    }

    /// Writes the export into a fresh folder (images copied) and returns the folder.
    private func write(_ format: ExportFormat, _ snapshot: ReviewSnapshot, folds: Int? = nil) throws -> (ExportPlan, URL) {
        var options = ExportOptions(format: format)
        if let folds { options.folds = folds } else { options.split = try SplitRatios(parsing: "0.5,0.5") }
        options.dropEmptySplits = true
        let plan = try ExportPlanner.plan(snapshot, items: Array(snapshot.items.indices), options: options)
        let folder = fixture.root.appendingPathComponent("out-\(format.rawValue)")
        let context = ExportContext(outputPath: folder.path, filter: "test", stateTime: nil, sourceRoot: fixture.root)
        for file in ExportDocuments.files(plan, snapshot: snapshot, context: context) {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            switch file.content {
            case .bytes(let bytes): try Data(bytes).write(to: url)
            case .parts(let parts): try Data(parts.joined()).write(to: url)
            case .link(let source), .copy(let source): try FileManager.default.copyItem(at: source, to: url)
            }
        }
        return (plan, folder)
    }

    private func tamper(_ folder: URL, _ path: String, _ old: String, _ new: String) throws {
        let url = folder.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        XCTAssertTrue(text.contains(old), "\(path) holds no \(old)")
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
    }

    func testEveryFormatReadsBackAndATamperedBoxIsCaught() throws {
        let snap = try snapshot()
        let cases: [(ExportFormat, String, String)] = [
            (.coco, "\"bbox\":[4,4,8,8]", "\"bbox\":[4,4,9,8]"),
            (.yolo, "0 0.250000 0.250000 0.250000 0.250000", "0 0.250000 0.250000 0.260000 0.250000"),
            (.voc, "<xmax>12</xmax>", "<xmax>14</xmax>"),
            (.jsonl, "\"bbox\":[4,4,8,8]", "\"bbox\":[4,5,8,8]"),
            (.csv, ",4,4,8,8,", ",4,4,8,9,"),
        ]
        for (format, old, new) in cases {
            let (plan, folder) = try write(format, snap)
            XCTAssertNoThrow(try ExportReadBack.verify(plan, folder: folder), "\(format)")
            let file = try XCTUnwrap(FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }
                .sorted().first { path in (try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8))?.contains(old) == true })
            try tamper(folder, file, old, new)
            XCTAssertThrowsError(try ExportReadBack.verify(plan, folder: folder), "\(format)") { error in
                let message = (error as! ExportError).message
                XCTAssertTrue(message.contains(file) || message.contains((file as NSString).deletingLastPathComponent), "\(format): \(message)")
            }
        }
    }

    /// The COCO walk checks more than boxes: sizes, ids in order, category names, counts, whole JSON.
    func testACOCOSplitWithAnyOtherDifferenceIsCaught() throws {
        let snap = try snapshot()
        let cases: [(String, String, String)] = [
            ("\"width\":32", "\"width\":33", "reads back as 33x32, not 32x32"),
            ("{\"id\":1,\"name\":\"button\"", "{\"id\":1,\"name\":\"buttons\"", "categories read back differ"),
            ("\"annotations\":[\n{\"id\":1,", "\"annotations\":[\n{\"id\":7,", "annotation 1 reads back with id 7"),
            ("\n]}\n", "", "does not read back as JSON"),
        ]
        for (old, new, expected) in cases {
            let (plan, folder) = try write(.coco, snap)
            let file = try "annotations/\(plan.splitNames.element(0)).json"
            try tamper(folder, file, old, new)
            XCTAssertThrowsError(try ExportReadBack.verify(plan, folder: folder), expected) { error in
                let message = (error as! ExportError).message
                XCTAssertTrue(message.hasPrefix(file) && message.contains(expected), message)
            }
            try FileManager.default.removeItem(at: folder)
        }
        let (plan, folder) = try write(.coco, snap)
        let file = try folder.appendingPathComponent("annotations/\(plan.splitNames.element(0)).json")
        let text = try String(contentsOf: file, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let last = try XCTUnwrap(lines.lastIndex { $0.hasPrefix("{\"id\":") && $0.contains("image_id") })
        var kept = lines
        kept.remove(at: last)
        kept[last - 1] = kept[last - 1].hasSuffix(",") ? kept[last - 1].dropLast() : kept[last - 1]
        try Data(kept.joined(separator: "\n").utf8).write(to: file)
        let written = try plan.entriesBySplit.element(0).reduce(0) { $0 + $1.boxes.count }
        XCTAssertThrowsError(try ExportReadBack.verify(plan, folder: folder)) { error in
            XCTAssertEqual((error as! ExportError).message, "annotations/train.json: \(written - 1) boxes read back, \(written) written")
        }
    }

    /// The COCO document is made straight as bytes (`JSONBytes`): names that need escaping and
    /// coordinates that are not integers must read back, through its own walk, Foundation's parser
    /// (the names) and Winnow's (the numbers, exact to the bit: Foundation's on Linux reads
    /// 1.4000000000000001 as 1.4), as exactly what was labelled.
    func testEscapedNamesAndFractionalBoxesReadBackExactly() throws {
        fixture = try ScreenshotDatasetFixture()
        let names = [#"say \"hi\""#, #"back\\slash"#, "é 漢", #"tab\there"#, #"line\u2028sep"#]  // as JSON text in the file
        let decoded = ["say \"hi\"", "back\\slash", "é 漢", "tab\there", "line\u{2028}sep"]
        // 0.1 + 0.2 - 0.1 is 0.20000000000000004: a box inside the image must not be recomputed from its corners
        let boxes = ["[1.5,2.25,3.125,4.0625]", "[0.1,0.2,0.2,7]", "[3,4,5,6]"]
        for k in 0..<4 {
            try fixture.addItem("i\(k)", labels: names.indices.map { ScreenshotDatasetFixture.label(names[$0], boxes[($0 + k) % boxes.count]) })
        }
        try fixture.writeManifest()
        let dataset = try ScreenshotDatasetReader.read(fixture.root, options: ReadOptions())
        let snap = ReviewSnapshot(workspace: Workspace(root: fixture.root, datasets: [dataset], issues: [], qualifyIDs: false), ledgers: [CurationLedger()])
        let (plan, folder) = try write(.coco, snap)
        XCTAssertNoThrow(try ExportReadBack.verify(plan, folder: folder))
        XCTAssertEqual(plan.clippedBoxes, 0)
        let expectedBoxes = Set([[1.5, 2.25, 3.125, 4.0625], [0.1, 0.2, 0.2, 7], [3, 4, 5, 6]])
        var boxesRead = 0
        for split in plan.splitNames {
            let data = try Data(contentsOf: folder.appendingPathComponent("annotations/\(split).json"))
            let document = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
            let categories = try XCTUnwrap(document["categories"] as? [[String: Any]]).compactMap { $0["name"] as? String }
            XCTAssertEqual(categories, decoded.sorted(), split)
            let annotations = try XCTUnwrap(JSONParser.parse([UInt8](data))["annotations"]?.arrayValue)
            boxesRead += annotations.count
            for annotation in annotations {
                let box = try XCTUnwrap(annotation["bbox"]?.arrayValue).compactMap(\.doubleValue)
                XCTAssertTrue(expectedBoxes.contains(box), "\(box)")
                XCTAssertEqual(annotation["area"]?.doubleValue, box[2] * box[3])
            }
        }
        XCTAssertEqual(boxesRead, 4 * names.count)
    }

    func testAMissingImageIsCaught() throws {
        let (plan, folder) = try write(.coco, try snapshot())
        let image = try XCTUnwrap(FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }.first { $0.hasSuffix(".png") })
        try FileManager.default.removeItem(at: folder.appendingPathComponent(image))
        XCTAssertThrowsError(try ExportReadBack.verify(plan, folder: folder)) { error in
            XCTAssertTrue((error as! ExportError).message.contains(image), "\(error)")
        }
    }

    /// Images are looked up in their folders' listings: a link counts as what it leads to.
    func testAnImageThatIsALinkCountsAsWhatItLeadsTo() throws {
        let (plan, folder) = try write(.coco, try snapshot())
        let images = try XCTUnwrap(FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".png") }.sorted())
        let (first, second) = (folder.appendingPathComponent(try images.element(0)), folder.appendingPathComponent(try images.element(1)))
        try FileManager.default.moveItem(at: first, to: folder.appendingPathComponent("kept.png"))
        try FileManager.default.createSymbolicLink(at: first, withDestinationURL: folder.appendingPathComponent("kept.png"))
        XCTAssertNoThrow(try ExportReadBack.verify(plan, folder: folder))
        try FileManager.default.removeItem(at: second)
        try FileManager.default.createSymbolicLink(at: second, withDestinationURL: folder.appendingPathComponent("gone.png"))
        XCTAssertThrowsError(try ExportReadBack.verify(plan, folder: folder)) { error in
            XCTAssertEqual((error as! ExportError).message, "\(images[1]): image missing from the written export")
        }
    }

    func testAYOLOFoldListMissingAnImageIsCaught() throws {
        let (plan, folder) = try write(.yolo, try snapshot(), folds: 2)
        XCTAssertNoThrow(try ExportReadBack.verify(plan, folder: folder))
        let list = folder.appendingPathComponent("folds/fold-0/train.txt")
        let lines = try String(contentsOf: list, encoding: .utf8).split(separator: "\n")
        try Data(lines.dropLast().map { $0 + "\n" }.joined().utf8).write(to: list)
        XCTAssertThrowsError(try ExportReadBack.verify(plan, folder: folder)) { error in
            XCTAssertTrue((error as! ExportError).message.hasPrefix("folds/fold-0:"), "\(error)")
        }
    }
}
