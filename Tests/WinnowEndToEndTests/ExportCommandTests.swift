import Foundation
import WinnowTestSupport
import XCTest
import WinnowCore

/// `winnow export` for screenshots through the real binary: golden files, byte-identical
/// reruns, refusals, roll-back with `--at`, and no half-written folder on failure.
final class ExportCommandTests: XCTestCase {
    static let good = ["ad0b71402e9cc582", "5bd40a2ae7d55f4e", "46b8a07a92d851d0", "94f40a3162917cec", "7e3cb2b6d1f9d035",
                       "d9731beda2b02f08", "7bfbc64d52e2c75f", "4d6330fdb9bc2248", "9c86e10c2d80c520"]

    private func reviewed() throws -> SampleCopy {
        let copy = try SampleCopy()
        for id in Self.good { try verdict(copy, id, "good") }
        try verdict(copy, "f16fb96e43f1806c", "bad")
        return copy
    }

    private func verdict(_ copy: SampleCopy, _ id: String, _ verdict: String) throws {
        let result = try WinnowProcess.run(["verdict", copy.dataset.path, id, verdict, "--reviewer", "ana"])
        XCTAssertEqual(result.status, 0, result.stderr)
    }

    @discardableResult
    private func export(_ copy: SampleCopy, _ format: String, _ out: String, _ extra: [String] = [], status: Int32 = 0) throws -> WinnowProcess.Result {
        let result = try WinnowProcess.run(["export", copy.dataset.path, "--format", format, "--out", copy.root.appendingPathComponent(out).path] + extra)
        XCTAssertEqual(result.status, status, result.stderr)
        return result
    }

    func testGoldenExportsOfTheSamplesInEveryFormat() throws {
        let copy = try reviewed()
        for format in ["coco", "yolo", "voc", "jsonl", "csv"] {
            try export(copy, format, format, ["--split", "0.6,0.2,0.2"])
            let folder = copy.root.appendingPathComponent(format)
            Snapshot.assert(try ExportFolderListing.text(folder, dataset: copy.dataset), named: "export-\(format)")
        }
        try export(copy, "yolo", "yolo-folds", ["--folds", "3"])
        let none = try export(copy, "yolo", "none", ["--images", "none"], status: 2)
        XCTAssertTrue(none.stderr.contains("needs --images link or copy"), none.stderr)
        try export(copy, "coco", "coco-none", ["--images", "none"])
        Snapshot.assert(try ExportFolderListing.text(copy.root.appendingPathComponent("coco-none"), dataset: copy.dataset), named: "export-coco-none")
        Snapshot.assert(try ExportFolderListing.text(copy.root.appendingPathComponent("yolo-folds"), dataset: copy.dataset), named: "export-yolo-folds")
    }

    func testTheSameInputsGiveTheSameBytesAndTheChecksumsHold() throws {
        let copy = try reviewed()
        let folder = copy.root.appendingPathComponent("coco")
        try export(copy, "coco", "coco", ["--split", "0.6,0.2,0.2", "--images", "copy"])
        let first = try ExportFolderListing.files(in: folder).map { try Data(contentsOf: folder.appendingPathComponent($0)) }
        try export(copy, "coco", "coco", ["--split", "0.6,0.2,0.2", "--images", "copy", "--force"])
        let second = try ExportFolderListing.files(in: folder).map { try Data(contentsOf: folder.appendingPathComponent($0)) }
        XCTAssertEqual(first, second)
        let provenance = try JSONParser.parse([UInt8](try Data(contentsOf: folder.appendingPathComponent("winnow-export.json"))))
        let checksums = try XCTUnwrap(provenance["files"]?.objectValue)
        XCTAssertEqual(Set(checksums.pairs.map(\.key)), Set(try ExportFolderListing.files(in: folder)).subtracting(["winnow-export.json"]))
        for (path, value) in checksums.pairs {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(path)))
            XCTAssertEqual(value.stringValue, "sha256:" + SHA256.hex(of: bytes), path)
        }
        XCTAssertEqual(provenance["counts"]?["train"]?["images"]?.intValue.map { $0 > 0 }, true)
        XCTAssertEqual(provenance["journal"]?.arrayValue?.first?["seq"]?.intValue, 10)
    }

    func testAnExistingFolderIsRefusedUnlessForced() throws {
        let copy = try reviewed()
        let folder = copy.root.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: folder.appendingPathComponent("mine.txt"))
        let refused = try export(copy, "yolo", "out", status: 2)
        XCTAssertTrue(refused.stderr.contains("already exists; pass --force"), refused.stderr)
        let forced = try export(copy, "yolo", "out", ["--force"], status: 2)
        XCTAssertTrue(forced.stderr.contains("is not an earlier export"), forced.stderr)
        XCTAssertEqual(try ExportFolderListing.files(in: folder), ["mine.txt"], "--force never replaces a folder that is not an export")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("mine.txt"))
        try export(copy, "yolo", "out", ["--force"])  // an empty folder may go
        try export(copy, "coco", "out", ["--force"])  // and so may an earlier export
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("annotations.json").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("data.yaml").path))
        let dataset = try WinnowProcess.run(["export", copy.dataset.path, "--format", "coco", "--out", copy.root.path, "--force"])
        XCTAssertEqual(dataset.status, 2)
        XCTAssertTrue(dataset.stderr.contains("holds the data being exported"), dataset.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: copy.journal.path))
    }

    func testAtExportsTheDatasetAsItWasAtAJournalPosition() throws {
        let copy = try reviewed()
        try verdict(copy, Self.good.element(0), "bad")  // event 11
        try export(copy, "jsonl", "now")
        try export(copy, "jsonl", "then", ["--at", "10"])
        let now = try String(contentsOf: copy.root.appendingPathComponent("now/items.jsonl"), encoding: .utf8)
        let then = try String(contentsOf: copy.root.appendingPathComponent("then/items.jsonl"), encoding: .utf8)
        XCTAssertFalse(try now.contains(Self.good.element(0)))
        XCTAssertTrue(try then.contains(Self.good.element(0)))
        XCTAssertEqual(then.split(separator: "\n").count, 9)
        XCTAssertEqual(copy.journalLines().count, 11, "rolling back removes nothing from the journal")
        let provenance = try String(contentsOf: copy.root.appendingPathComponent("then/winnow-export.json"), encoding: .utf8)
        XCTAssertTrue(provenance.contains("\"seq\": 10,\n      \"at\": true"), provenance)
        let beyond = try export(copy, "jsonl", "later", ["--at", "12"], status: 2)
        XCTAssertTrue(beyond.stderr.contains("ends at event 11"), beyond.stderr)
    }

    func testAVanishedImageStopsTheExportWithItsNameAndLeavesNothing() throws {
        let copy = try reviewed()
        try FileManager.default.removeItem(at: copy.dataset.appendingPathComponent("images/\(Self.good.element(2)).png"))
        let result = try export(copy, "coco", "out", status: 1)
        XCTAssertTrue(try result.stderr.contains("images/\(Self.good.element(2)).png"), result.stderr)
        XCTAssertTrue(result.stderr.contains("export refused:") && result.stderr.contains("missing or unreadable since review"), result.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: copy.root.path), ["dataset"], "the links made meanwhile went too")
    }

    func testAFullDiskLeavesNoHalfWrittenFolder() throws {
        let copy = try reviewed()
        let out = copy.root.appendingPathComponent("out").path
        // A 16 KB file-size limit stands in for a full disk: the annotation file cannot be written.
        let command = "ulimit -f 16; exec '\(WinnowProcess.binary.path)' export '\(copy.dataset.path)' --format coco --out '\(out)' --images copy"
        let result = try WinnowProcess.shell(command)
        XCTAssertEqual(result.status, 3, result.stderr)
        XCTAssertTrue(result.stderr.contains("export failed, nothing written") && result.stderr.contains("File too large"), result.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: copy.root.path), ["dataset"])
    }

    func testAnEmptySplitIsRefusedWithAMessage() throws {
        let copy = try SampleCopy()
        try verdict(copy, Self.good.element(0), "good")
        let result = try export(copy, "yolo", "out", ["--split", "0.7,0.2,0.1"], status: 1)
        XCTAssertTrue(result.stderr.contains("would get no image") && result.stderr.contains("--drop-empty-splits"), result.stderr)
        // Seed 0 puts the one item in train, so val and test are dropped and val reuses train.
        try export(copy, "yolo", "out", ["--split", "0.7,0.2,0.1", "--drop-empty-splits", "--seed", "0"])
        let yaml = try String(contentsOf: copy.root.appendingPathComponent("out/data.yaml"), encoding: .utf8)
        XCTAssertTrue(yaml.contains("train: images/train\nval: images/train  # no validation split"), yaml)
        XCTAssertFalse(yaml.contains("test:"), yaml)
        // Seed 1 puts it elsewhere: an empty train split is never dropped.
        let noTrain = try export(copy, "yolo", "out2", ["--split", "0.7,0.2,0.1", "--drop-empty-splits", "--seed", "1"], status: 1)
        XCTAssertTrue(noTrain.stderr.contains("split train would get no image"), noTrain.stderr)
    }

    /// `--force` replaces what an earlier export wrote, nothing else: a file someone added there
    /// stops it (it was deleted with the rest), and a link to an export is refused, not replaced.
    func testForceNeverDeletesFilesTheExportDidNotWriteNorReplacesALink() throws {
        let copy = try reviewed()
        let folder = copy.root.appendingPathComponent("out")
        try export(copy, "yolo", "out")
        try Data("my notes".utf8).write(to: folder.appendingPathComponent("labels/notes.txt"))
        let refused = try export(copy, "coco", "out", ["--force"], status: 2)
        XCTAssertTrue(refused.stderr.contains("holds files the earlier export did not write (labels/notes.txt)"), refused.stderr)
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("labels/notes.txt"), encoding: .utf8), "my notes")
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("data.yaml").path), "the earlier export stays")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("labels/notes.txt"))
        try export(copy, "coco", "out", ["--force"])

        try FileManager.default.createSymbolicLink(at: copy.root.appendingPathComponent("latest"), withDestinationURL: folder)
        let linked = try export(copy, "yolo", "latest", ["--force"], status: 2)
        XCTAssertTrue(linked.stderr.contains("is a symbolic link; --force replaces an export folder, not a link"), linked.stderr)
        XCTAssertTrue(SystemCalls.isSymbolicLink(copy.root.appendingPathComponent("latest").path), "the link stays a link")
    }

    func testNearDuplicatesInDifferentSplitsAreReportedAndDedupKeepsOne() throws {
        let copy = try SampleCopy()
        let webui = WinnowProcess.realdata.appendingPathComponent("screens/webui_homework").path
        let common = ["export", webui, "--format", "jsonl", "--filter", "kind:screenshot", "--split", "0.7,0.3", "--seed", "1",
                      "--state", copy.root.appendingPathComponent("state").path]
        let split = try WinnowProcess.run(common + ["--out", copy.root.appendingPathComponent("split").path])
        XCTAssertEqual(split.status, 0, split.stderr)
        // Two Cloudflare challenge pages, one bit apart.
        XCTAssertTrue(split.stderr.contains("near-duplicate images in different splits: dev_tools_codepen.io_1729631838.png, education_www.udemy.com_1729629667.png"),
                      split.stderr)
        let deduped = try WinnowProcess.run(common + ["--out", copy.root.appendingPathComponent("dedup").path, "--dedup"])
        XCTAssertEqual(deduped.status, 0, deduped.stderr)
        XCTAssertTrue(deduped.stderr.contains("--dedup left out 1 duplicate images"), deduped.stderr)
        let provenance = try JSONParser.parse([UInt8](try Data(contentsOf: copy.root.appendingPathComponent("dedup/winnow-export.json"))))
        XCTAssertEqual(provenance["left_out"]?["duplicates_dropped"], .array(["education_www.udemy.com_1729629667.png"]))
        let lines = try String(contentsOf: copy.root.appendingPathComponent("dedup/train.jsonl"), encoding: .utf8).split(separator: "\n").count
            + (try String(contentsOf: copy.root.appendingPathComponent("dedup/val.jsonl"), encoding: .utf8)).split(separator: "\n").count
        XCTAssertEqual(lines, 23)
        XCTAssertTrue(FileManager.default.fileExists(atPath: copy.root.appendingPathComponent("state/coco_gt_derived.json/phash.tsv").path))
    }

    /// `winnow-bench generate --kind coco` into `coco/` of a new folder: N images, all links to one PNG.
    private func generatedCOCO(images: Int) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        let bench = WinnowProcess.binary.deletingLastPathComponent().appendingPathComponent("winnow-bench")
        let made = try WinnowProcess.run(["generate", "--kind", "coco", "--items", "\(images)", "--out", folder.path("coco")], executable: bench)
        XCTAssertEqual(made.status, 0, made.stderr)
        return folder
    }

    /// Twelve copies of one image: five are named, the rest counted, so the warning stays one line.
    func testAGroupOfManyCopiesIsNamedAFewAtATime() throws {
        let folder = try generatedCOCO(images: 12)
        let result = try WinnowProcess.run(["export", folder.path("coco/annotations.json"), "--format", "coco", "--filter", "kind:screenshot",
                                            "--split", "0.5,0.5", "--out", folder.path("out")])
        XCTAssertEqual(result.status, 0, result.stderr)
        let warnings = result.stderr.split(separator: "\n").filter { $0.contains("near-duplicate images in different splits") }
        XCTAssertEqual(warnings.count, 1, result.stderr)
        XCTAssertTrue(try warnings.element(0).hasSuffix("img0000004.png and 7 more (--dedup keeps one)"), String(warnings.shown(0)))
    }

    /// A split file past the index cache's 8 MB is read back without leaving a cache in the export.
    func testABigExportReadsBackWithoutLeavingStateInTheExport() throws {
        let folder = try generatedCOCO(images: 10000)
        let result = try WinnowProcess.run(["export", folder.path("coco/annotations.json"), "--format", "coco", "--filter", "kind:screenshot",
                                            "--images", "none", "--split", "0.9,0.1", "--no-near-duplicates", "--out", folder.path("out")])
        XCTAssertEqual(result.status, 0, result.stderr)
        let train = try FileManager.default.attributesOfItem(atPath: folder.path("out/annotations/train.json"))[.size] as? Int ?? 0
        XCTAssertGreaterThan(train, 8_000_000)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path("out/annotations")).sorted(), ["train.json", "val.json"])
    }

    func testStagingLeftByAStoppedExportIsRemovedByTheNext() throws {
        let copy = try reviewed()
        let finished = try WinnowProcess.shell("echo $$")  // a process that has ended: its pid is free
        let deadPID = try XCTUnwrap(Int32(finished.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
        let abandoned = copy.root.appendingPathComponent(".out.partial-\(deadPID)-abc")
        let running = copy.root.appendingPathComponent(".out.partial-\(getpid())-def")
        for folder in [abandoned, running] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        try export(copy, "csv", "out")
        XCTAssertFalse(FileManager.default.fileExists(atPath: abandoned.path), "the stopped export's folder is gone")
        XCTAssertTrue(FileManager.default.fileExists(atPath: running.path), "a running export's folder is left alone")
    }
}
