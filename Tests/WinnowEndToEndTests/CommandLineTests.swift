import Foundation
import WinnowTestSupport
import XCTest
import WinnowCore

/// The scriptable commands, run as a user would run them, on a private copy of the samples.
final class CommandLineTests: XCTestCase {
    private func jsonLines(_ text: String) throws -> [JSONValue] {
        try text.split(separator: "\n").map { try JSONParser.parse(String($0)) }
    }

    private func manifestCount(_ copy: SampleCopy) throws -> Int {
        try String(contentsOf: copy.dataset.appendingPathComponent("manifest.jsonl"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count
    }

    func testSummaryCountsTheSamplesAndTiersAddUp() throws {
        let copy = try SampleCopy()
        let result = try WinnowProcess.run(["summary", copy.dataset.path, "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let summary = try JSONParser.parse(result.stdout)
        let items = try XCTUnwrap(summary["items"]?.intValue)
        XCTAssertEqual(items, try manifestCount(copy) - 0, "every manifest line is an item")
        XCTAssertEqual(summary["kind"]?.stringValue, "screenshots")
        let tiers = try XCTUnwrap(summary["tiers"]?.objectValue)
        XCTAssertEqual(tiers.pairs.map { $0.value.intValue ?? 0 }.reduce(0, +), items)
        for tier in ["high", "medium", "low"] { XCTAssertGreaterThan(tiers[tier]?.intValue ?? 0, 0, "samples cover tier \(tier)") }
        XCTAssertEqual(summary["verdicts"]?["unreviewed"]?.intValue, items)
        XCTAssertGreaterThan(summary["issues"]?["error"]?.intValue ?? 0, 0, "the samples hold deliberate problems")
        XCTAssertFalse(FileManager.default.fileExists(atPath: copy.dataset.appendingPathComponent(".winnow").path),
                       "a read-only command creates no state")
    }

    func testVerdictIsListedShownWithHistoryAndSurvivesInTheJournal() throws {
        let copy = try SampleCopy()
        let rows = try jsonLines(try WinnowProcess.run(["list", copy.dataset.path, "--json"]).stdout)
        let id = try XCTUnwrap(rows.first?["id"]?.stringValue)
        XCTAssertNil(rows.first?["verdict"]?.stringValue)

        let verdict = try WinnowProcess.run(["verdict", copy.dataset.path, id, "bad", "--note", "box too wide", "--reviewer", "ana"])
        XCTAssertEqual(verdict.status, 0, verdict.stderr)
        XCTAssertEqual(copy.journalLines().count, 1)

        let after = try jsonLines(try WinnowProcess.run(["list", copy.dataset.path, "--json"]).stdout)
        XCTAssertEqual(after.first?["verdict"]?.stringValue, "bad")
        let shown = try JSONParser.parse(try WinnowProcess.run(["show", copy.dataset.path, id, "--json"]).stdout)
        XCTAssertEqual(shown["id"]?.stringValue, id)
        XCTAssertEqual(shown["history"]?.arrayValue?.count, 1)
        XCTAssertEqual(shown["history"]?.arrayValue?.first?["note"]?.stringValue, "box too wide")
        XCTAssertEqual(shown["history"]?.arrayValue?.first?["reviewer"]?.stringValue, "ana")
        XCTAssertNotNil(shown["labels"]?.arrayValue?.first?["bbox"]?.arrayValue)
    }

    func testStateDirectoryKeepsTheDatasetUntouched() throws {
        let copy = try SampleCopy()
        let state = copy.root.appendingPathComponent("elsewhere")
        let id = try XCTUnwrap(try jsonLines(try WinnowProcess.run(["list", copy.dataset.path, "--json"]).stdout).first?["id"]?.stringValue)
        XCTAssertEqual(try WinnowProcess.run(["verdict", copy.dataset.path, id, "good", "--state", state.path]).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: state.appendingPathComponent("journal.jsonl").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: copy.dataset.appendingPathComponent(".winnow").path))
        let listed = try jsonLines(try WinnowProcess.run(["list", copy.dataset.path, "--json", "--state", state.path]).stdout)
        XCTAssertEqual(listed.first?["verdict"]?.stringValue, "good")
    }

    func testValidateReportsTheDeliberateProblemsAndExitsOne() throws {
        let copy = try SampleCopy()
        let result = try WinnowProcess.run(["validate", copy.dataset.path, "--json"])
        XCTAssertEqual(result.status, 1)
        let report = try JSONParser.parse(result.stdout)
        let codes = Set(report["issues"]?.arrayValue?.compactMap { $0["code"]?.stringValue } ?? [])
        for code in ["box.outside", "box.zero-area", "box.near-duplicate", "image.missing"] {
            XCTAssertTrue(codes.contains(code), "validate should report \(code); got \(codes.sorted())")
        }
    }

    func testExitCodesForUsageAndUnreadableInput() throws {
        XCTAssertEqual(try WinnowProcess.run(["list"]).status, 2)
        let unknown = try WinnowProcess.run(["list", "x", "--bogus"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("--bogus"), unknown.stderr)
        XCTAssertTrue(unknown.stderr.contains("winnow help list"), unknown.stderr)
        let missing = try WinnowProcess.run(["summary", "/nonexistent/winnow-data"])
        XCTAssertEqual(missing.status, 3)
        XCTAssertTrue(missing.stderr.contains("/nonexistent/winnow-data"), missing.stderr)
        let copy = try SampleCopy()
        XCTAssertEqual(try WinnowProcess.run(["verdict", copy.dataset.path, "no-such-item", "good"]).status, 1)
        XCTAssertEqual(try WinnowProcess.run(["verdict", copy.dataset.path, "x", "maybe"]).status, 2)
        let cache = try WinnowProcess.run(["review", copy.dataset.path, "--thumbnail-cache", "0", "--headless", "--keys-string", "q"])
        XCTAssertEqual(cache.status, 2)
        XCTAssertTrue(cache.stderr.contains("--thumbnail-cache takes megabytes, 1 to 65536"), cache.stderr)
        XCTAssertEqual(try WinnowProcess.run(["review", copy.dataset.path, "--thumbnail-cache", "8", "--headless", "--keys-string", "q"]).status, 0)
    }

    func testHelpDocumentsEveryCommand() throws {
        let help = try WinnowProcess.run(["--help"])
        XCTAssertEqual(help.status, 0)
        let reviewHelp = try WinnowProcess.run(["help", "review"]).stdout
        for command in ["review", "summary", "list", "show", "verdict", "validate", "--state", "--headless"] {
            XCTAssertTrue(help.stdout.contains(command) || reviewHelp.contains(command), command)
        }
        XCTAssertEqual(try WinnowProcess.run(["help", "show"]).status, 0)
    }

    func testReadmeKeyTableMatchesTheDefaultKeymap() throws {
        let table = try WinnowProcess.run(["help", "keys"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let readme = try String(contentsOf: WinnowProcess.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        XCTAssertTrue(readme.contains(table), "README's key table is stale: paste `winnow help keys` into it")
    }

    func testTriageQueueListsUnreviewedDoubtfulItemsFirstAndTiersAreConfigurable() throws {
        let copy = try SampleCopy()
        let triage = try jsonLines(try WinnowProcess.run(["list", copy.dataset.path, "--json", "--queue", "triage"]).stdout)
        let tiers = triage.compactMap { $0["tier"]?.stringValue }
        XCTAssertEqual(tiers, tiers.sorted { ["low": 0, "medium": 1, "high": 2][$0]! < ["low": 0, "medium": 1, "high": 2][$1]! })
        let lows = triage.filter { $0["tier"]?.stringValue == "low" }.compactMap { $0["confidence"]?.doubleValue }
        XCTAssertEqual(lows, lows.sorted())
        let id = try XCTUnwrap(triage.first?["id"]?.stringValue)
        XCTAssertEqual(try WinnowProcess.run(["verdict", copy.dataset.path, id, "good"]).status, 0)
        let after = try jsonLines(try WinnowProcess.run(["list", copy.dataset.path, "--json", "--queue", "triage"]).stdout)
        XCTAssertEqual(after.count, triage.count - 1, "reviewed items leave triage")

        let relaxed = try JSONParser.parse(try WinnowProcess.run(["summary", copy.dataset.path, "--json", "--tiers", "0.5,0.3"]).stdout)
        XCTAssertEqual(relaxed["tiers"]?["low"]?.intValue, 0)
        XCTAssertEqual(try WinnowProcess.run(["summary", copy.dataset.path, "--tiers", "0.7,0.9"]).status, 2)
    }

    func testTheQueuePositionSurvivesARestart() throws {
        let copy = try SampleCopy()
        let first = try WinnowProcess.run(["review", copy.dataset.path, "--headless", "--keys-string", "g j j", "--size", "120x30", "--reviewer", "pos"])
        let second = try WinnowProcess.run(["review", copy.dataset.path, "--headless", "--keys-string", "", "--size", "120x30", "--reviewer", "pos"])
        let status = { (screen: String) in screen.split(separator: "\n").last.map(String.init) ?? "" }
        XCTAssertTrue(status(first.stdout).hasPrefix(" 3/11 triage"), status(first.stdout))
        XCTAssertTrue(status(second.stdout).hasPrefix(" 3/11 triage"), status(second.stdout))
        let other = try WinnowProcess.run(["review", copy.dataset.path, "--headless", "--keys-string", "", "--size", "120x30", "--reviewer", "new"])
        XCTAssertTrue(status(other.stdout).hasPrefix(" 1/11 triage"), "positions are per reviewer; a first start triages")
    }

    func testConfigTiersApplyUnlessTiersIsGiven() throws {
        let copy = try SampleCopy()
        let state = copy.dataset.appendingPathComponent(".winnow")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        try Data("# review settings\ntiers = 0.5, 0.3\n".utf8).write(to: state.appendingPathComponent("config"))
        let configured = try JSONParser.parse(try WinnowProcess.run(["summary", copy.dataset.path, "--json"]).stdout)
        XCTAssertEqual(configured["tiers"]?["low"]?.intValue, 0)
        let explicit = try JSONParser.parse(try WinnowProcess.run(["summary", copy.dataset.path, "--json", "--tiers", "0.9,0.7"]).stdout)
        XCTAssertGreaterThan(explicit["tiers"]?["low"]?.intValue ?? 0, 0)
        try Data("tiers = lots\n".utf8).write(to: state.appendingPathComponent("config"))
        let bad = try WinnowProcess.run(["summary", copy.dataset.path])
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertTrue(bad.stderr.contains("config:1:"), bad.stderr)
    }

    func testReviewStartsInTheQueueAndFilterGiven() throws {
        let copy = try SampleCopy()
        let screen = try WinnowProcess.run(["review", copy.dataset.path, "--headless", "--keys-string", "", "--size", "120x30",
                                            "--queue", "triage", "--filter", "tier:low"]).stdout
        let status = screen.split(separator: "\n").last.map(String.init) ?? ""
        let lows = try jsonLines(try WinnowProcess.run(["list", copy.dataset.path, "--json", "--filter", "tier:low"]).stdout).count
        XCTAssertTrue(status.hasPrefix(" 1/\(lows) triage /tier:low"), status)
        let bad = try WinnowProcess.run(["review", copy.dataset.path, "--headless", "--keys-string", "", "--filter", "tier:lo"])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("tier must be high, medium or low"), bad.stderr)
    }

    func testABrokenManifestLineIsReportedWithItsLineAndTheRestLists() throws {
        let copy = try SampleCopy()
        let manifest = copy.dataset.appendingPathComponent("manifest.jsonl")
        var text = try String(contentsOf: manifest, encoding: .utf8)
        text += "{\"image_id\": \"truncated\n"
        try text.write(to: manifest, atomically: true, encoding: .utf8)
        let result = try WinnowProcess.run(["list", copy.dataset.path, "--json"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(result.stdout.split(separator: "\n").count, 11, "the good lines still list")
        XCTAssertTrue(result.stderr.contains("manifest.jsonl:12:"), result.stderr)
    }
}

/// The binary carries its keymaps and themes: copied out of the checkout, with no environment at all, it still works.
final class CopiedBinaryTests: XCTestCase {
    /// The release build when CI made one (`WINNOW_RELEASE_BINARY`), else the binary under test.
    private var original: URL {
        ProcessInfo.processInfo.environment["WINNOW_RELEASE_BINARY"].map { URL(fileURLWithPath: $0) } ?? WinnowProcess.binary
    }

    private func run(_ binary: URL, _ arguments: [String], in folder: URL) throws -> WinnowProcess.Result {
        try WinnowProcess.shell("cd '\(folder.path)' && env -i '\(binary.path)' " + arguments.map { "'\($0)'" }.joined(separator: " "))
    }

    func testACopiedBinaryRunsAnywhereWithoutEnvironment() throws {
        let folder = try TemporaryFolder()
        let binary = folder.file("bin/winnow")
        try folder.makeFolder("bin")
        try FileManager.default.copyItem(at: original, to: binary)
        let copy = try SampleCopy()
        let dataset = copy.dataset.path

        let review = try run(binary, ["review", dataset, "--headless", "--keys-string", "a ?", "--size", "100x30", "--reviewer", "ana"], in: folder.url)
        XCTAssertEqual(review.status, 0, review.stderr)
        XCTAssertTrue(review.stdout.contains("verdict.good"), "the built-in keymap's help:\n\(review.stdout)")
        XCTAssertEqual(copy.journalLines().count, 1)
        let summary = try run(binary, ["summary", dataset], in: folder.url)
        XCTAssertEqual(summary.status, 0, summary.stderr)
        XCTAssertTrue(summary.stdout.contains("11"), summary.stdout)
        let keys = try run(binary, ["help", "keys"], in: folder.url)
        XCTAssertEqual(keys.status, 0, keys.stderr)
        XCTAssertTrue(keys.stdout.contains("| `a` | verdict.good |") || keys.stdout.contains("verdict.good"), keys.stdout)
        XCTAssertEqual(keys.stderr, "")

        let bare = try run(binary, [], in: folder.url)
        XCTAssertEqual(bare.status, 2)
        XCTAssertEqual(bare.stdout, "")
        XCTAssertEqual(bare.stderr.split(separator: "\n").count, 1, bare.stderr)
        XCTAssertTrue(bare.stderr.contains("winnow PATH") && bare.stderr.contains("samples"), bare.stderr)
    }
}
