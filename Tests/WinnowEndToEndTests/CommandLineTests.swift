import Foundation
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
}
