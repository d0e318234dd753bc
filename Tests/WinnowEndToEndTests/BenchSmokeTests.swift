import Foundation
import WinnowTestSupport
import XCTest

/// `winnow-bench` runs the jobs the commands run; small sizes here only prove it still works end to end.
final class BenchSmokeTests: XCTestCase {
    private var bench: URL { WinnowProcess.binary.deletingLastPathComponent().appendingPathComponent("winnow-bench") }

    func testAcceptAndJournalBenchesRunTheRealJobsAndWriters() throws {
        let accept = try WinnowProcess.run(["--accept", "300"], executable: bench)
        XCTAssertEqual(accept.status, 0, accept.stderr)
        XCTAssertTrue(accept.stdout.contains("batch accept of 300 items"), accept.stdout)
        let journal = try WinnowProcess.run(["--journal", "2000", "--writers", "2"], executable: bench)
        XCTAssertEqual(journal.status, 0, journal.stderr)
        XCTAssertTrue(journal.stdout.contains("2000 whole events, 0 bad lines, seq unique and gap-free"), journal.stdout)
    }

    func testExportBenchTimesEachPhaseOfTheExportJob() throws {
        let result = try WinnowProcess.run(["--export", "1000"], executable: bench)  // fewer leave a split empty
        XCTAssertEqual(result.status, 0, result.stderr)
        for phase in ["plan (image headers, splits)", "documents", "write files + links", "read back", "provenance + rename"] {
            XCTAssertTrue(result.stdout.contains("coco \(phase)") && result.stdout.contains("yolo \(phase)"), "\(phase):\n\(result.stdout)")
        }
    }

    /// The figures' JSON shape, not their values: CI machines differ, the names and fields may not.
    func testQuickFiguresAreJSONObjectsWithTheirPeers() throws {
        let result = try WinnowProcess.run(["--quick", "--json"], executable: bench)
        XCTAssertEqual(result.status, 0, result.stderr)
        let figures = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]], result.stdout)
        XCTAssertEqual(figures.map { $0["name"] as? String }, ["coco_open", "coco_open_peak_memory", "coco_open_in_process", "coco_second_open",
                                                             "coco_second_summary", "coco_export_split",
                                                             "coco_export_peak_memory", "yolo_export_split", "yolo_export_peak_memory"])
        for figure in figures {
            XCTAssertEqual(Set(figure.keys), ["name", "value", "unit", "budget", "peer", "peer_value"], "\(figure)")
            XCTAssertGreaterThan(try XCTUnwrap(figure["value"] as? Double), 0, "\(figure)")
            XCTAssertTrue(["s", "MB"].contains(figure["unit"] as? String), "\(figure)")
        }
        if ProcessInfo.processInfo.environment["WINNOW_CHECK_PYTHON"] != nil {  // CI: pycocotools and globox are there
            XCTAssertEqual(figures.first?["peer"] as? String, "pycocotools COCO()")
            XCTAssertGreaterThan(figures.first?["peer_value"] as? Double ?? 0, 0)
            XCTAssertEqual(try figures.element(7)["peer"] as? String, "globox convert")
        }
    }

    /// `--open` times whole opens of a generated manifest in fresh processes and says how many items it read.
    func testOpenBenchOpensTheDatasetInFreshProcesses() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let made = try WinnowProcess.run(["generate", "--kind", "screens", "--items", "40", "--out", folder.path("screens")], executable: bench)
        XCTAssertEqual(made.status, 0, made.stderr)
        let result = try WinnowProcess.run(["--open", made.stdout.trimmingCharacters(in: .whitespacesAndNewlines), "--runs", "2", "--json"], executable: bench)
        XCTAssertEqual(result.status, 0, result.stderr)
        let figure = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], result.stdout)
        XCTAssertEqual(figure["items"] as? Int, 40)
        XCTAssertEqual(figure["runs"] as? Int, 2)
        XCTAssertGreaterThan(try XCTUnwrap(figure["open_ms"] as? Double), 0)
        XCTAssertLessThanOrEqual(try XCTUnwrap(figure["open_best_ms"] as? Double), try XCTUnwrap(figure["open_ms"] as? Double))
        XCTAssertGreaterThan(try XCTUnwrap(figure["first_open_ms"] as? Double), 0)
    }

    /// A dataset big enough for both caches: the first `summary` leaves the manifest's index cache
    /// and the journal's checkpoint, and the next says the same from them; a verdict given in
    /// between is in it (read from the journal after the checkpoint).
    func testTheSecondOpenOfABigManifestSaysTheSameFromItsCaches() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let made = try WinnowProcess.run(["generate", "--kind", "screens", "--items", "7000", "--out", folder.path("screens")], executable: bench)
        XCTAssertEqual(made.status, 0, made.stderr)
        let root = made.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        Thread.sleep(forTimeInterval: 1.1)  // files changed in the last second are not cached
        let first = try WinnowProcess.run(["summary", root, "--json"])
        XCTAssertEqual(first.status, 0, first.stderr)
        for cache in ["index.bin", "ledger.bin"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: root + "/.winnow/" + cache), cache)
        }
        XCTAssertEqual(try WinnowProcess.run(["summary", root, "--json"]).stdout, first.stdout)
        let line = try XCTUnwrap(try WinnowProcess.run(["list", root]).stdout.split(separator: "\n").first)
        XCTAssertTrue(line.hasPrefix("good\t"), String(line))
        let id = try XCTUnwrap(line.split(separator: "\t").last.map(String.init))
        XCTAssertEqual(try WinnowProcess.run(["verdict", root, id, "bad", "--reviewer", "ana"]).status, 0)
        let after = try XCTUnwrap(try WinnowProcess.run(["list", root]).stdout.split(separator: "\n").first)
        XCTAssertEqual(String(after), "bad" + line.dropFirst("good".count))
    }

    /// What `generate` writes opens as what it says: N items, 10 boxes or journal events each.
    func testGeneratedDataOpensWithTheCountsAsked() throws {
        let folder = try TemporaryFolder()
        func summary(_ kind: String, items: Int) throws -> [String: Any] {
            let made = try WinnowProcess.run(["generate", "--kind", kind, "--items", "\(items)", "--out", folder.path(kind)], executable: bench)
            XCTAssertEqual(made.status, 0, made.stderr)
            let path = made.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            let opened = try WinnowProcess.run(["summary", path, "--json"])  // the state folder inside: the screens' journal is there
            return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(opened.stdout.utf8)) as? [String: Any], opened.stderr)
        }
        let coco = try summary("coco", items: 30)
        XCTAssertEqual(coco["kind"] as? String, "coco")
        XCTAssertEqual(coco["items"] as? Int, 30)
        XCTAssertEqual(coco["labels"] as? Int, 300)
        XCTAssertEqual((coco["categories"] as? [String: Int])?.count, 20)
        XCTAssertEqual((coco["issues"] as? [String: Int])?["error"], 0)
        let screens = try summary("screens", items: 12)
        XCTAssertEqual(screens["items"] as? Int, 12)
        XCTAssertEqual(screens["labels"] as? Int, 120)
        let verdicts = try XCTUnwrap(screens["verdicts"] as? [String: Int])
        XCTAssertEqual(verdicts["unreviewed"], 0, "every item has journal events: \(verdicts)")
        XCTAssertEqual(try summary("signals", items: 3)["items"] as? Int, 3)
        XCTAssertEqual(try summary("text", items: 25)["items"] as? Int, 25)
        let bad = try WinnowProcess.run(["generate", "--kind", "video", "--items", "3", "--out", folder.path("x")], executable: bench)
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("--kind takes coco, screens, signals or text"), bad.stderr)
    }
}
