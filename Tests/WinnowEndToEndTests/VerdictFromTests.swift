import Foundation
import WinnowTestSupport
import XCTest
import WinnowCore

/// `winnow verdict PATH --from FILE|-`: many verdicts in one process, bad lines reported and skipped.
final class VerdictFromTests: XCTestCase {
    private func ids(_ copy: SampleCopy) throws -> [String] {
        try WinnowProcess.run(["list", copy.dataset.path, "--json"]).stdout.split(separator: "\n")
            .compactMap { try JSONParser.parse(String($0))["id"]?.stringValue }
    }

    func testLinesFromStdinAreAppliedAndBadOnesReportedWithTheirLineNumbers() throws {
        let copy = try SampleCopy()
        let ids = try ids(copy)
        let input = """
            \(ids.shown(0)) good
            # a comment, then a blank line

            \(ids.shown(1)) bad  box   too wide\r
            nope good
            \(ids.shown(2)) maybe
            \(ids.shown(3))
            \(ids.shown(2)) skip
            """
        let result = try WinnowProcess.run(["verdict", copy.dataset.path, "--from", "-", "--reviewer", "ana"], stdin: input)
        XCTAssertEqual(result.status, 1, "a bad line means exit 1")
        XCTAssertTrue(result.stderr.contains("<stdin>:5: no item 'nope' in \(copy.dataset.path)"), result.stderr)
        XCTAssertTrue(result.stderr.contains("<stdin>:6: verdict must be good, bad or skip, not 'maybe'"), result.stderr)
        XCTAssertTrue(result.stderr.contains("<stdin>:7: expected ITEM good|bad|skip [note]"), result.stderr)
        XCTAssertTrue(result.stderr.contains("applied 3 verdicts from <stdin>; 3 bad lines skipped"), result.stderr)

        let journal = copy.journalLines().filter { !$0.hasPrefix(#"{"v":1,"batch":"#) }.map { try? JournalEvent.parse(line: ArraySlice($0.utf8)).get() }
        XCTAssertEqual(journal.map { $0?.action }, [
            try .verdict(item: ids.element(0), verdict: .good, note: nil, reason: nil),
            try .verdict(item: ids.element(1), verdict: .bad, note: "box   too wide", reason: nil),
            try .verdict(item: ids.element(2), verdict: .skip, note: nil, reason: nil),
        ])
        XCTAssertEqual(journal.map { $0?.reviewer }, ["ana", "ana", "ana"])
    }

    func testFileOfLinesAndTheSingleFormTogether() throws {
        let copy = try SampleCopy()
        let ids = try ids(copy)
        let file = copy.root.appendingPathComponent("verdicts.txt")
        try "\(ids.element(0)) bad\n\(ids.element(1)) good".write(to: file, atomically: true, encoding: .utf8)
        let batch = try WinnowProcess.run(["verdict", copy.dataset.path, "--from", file.path, "--reviewer", "bo"])
        XCTAssertEqual(batch.status, 0, batch.stderr)
        XCTAssertTrue(batch.stderr.contains("saved: 2 verdicts (events 1-2)"), batch.stderr)
        let single = try WinnowProcess.run(["verdict", copy.dataset.path, ids.element(0), "good", "--reviewer", "ana"])
        XCTAssertEqual(single.status, 0, single.stderr)
        XCTAssertEqual(copy.journalLines().count, 4, "a batch header, two verdicts, one verdict")

        let summary = try JSONParser.parse(try WinnowProcess.run(["summary", copy.dataset.path, "--json"]).stdout)
        XCTAssertEqual(summary["agreement"]?["items"]?.intValue, 1)
        XCTAssertEqual(summary["agreement"]?["percent"]?.doubleValue, 0)
        XCTAssertEqual(summary["agreement"]?["kappa"]?.doubleValue, 0, "one disagreement: no better than chance")
        let text = try WinnowProcess.run(["summary", copy.dataset.path]).stdout
        XCTAssertTrue(text.contains("agreement  1 items rated by 2+ reviewers, 0.0% agree, kappa 0.00"), text)
    }

    func testUsageAndUnreadableInput() throws {
        let copy = try SampleCopy()
        let noteToo = try WinnowProcess.run(["verdict", copy.dataset.path, "--from", "-", "--note", "x"], stdin: "")
        XCTAssertEqual(noteToo.status, 2, noteToo.stderr)
        let extra = try WinnowProcess.run(["verdict", copy.dataset.path, "some-item", "--from", "-"], stdin: "")
        XCTAssertEqual(extra.status, 2, extra.stderr)
        let missing = try WinnowProcess.run(["verdict", copy.dataset.path, "--from", "/nonexistent/verdicts.txt"])
        XCTAssertEqual(missing.status, 3)
        XCTAssertTrue(missing.stderr.contains("/nonexistent/verdicts.txt: cannot read"), missing.stderr)
        let empty = try WinnowProcess.run(["verdict", copy.dataset.path, "--from", "-"], stdin: "\n\n")
        XCTAssertEqual(empty.status, 0, empty.stderr)
        XCTAssertEqual(copy.journalLines(), [])
    }
}
