import Foundation
import WinnowTestSupport
import XCTest
import WinnowCore

/// Audit sampling, batch accept, notes, flags and reasons, run as a user would on a private copy
/// of the samples (11 screenshots: 3 high, 3 medium, 5 low).
final class TriageCommandTests: XCTestCase {
    private func run(_ arguments: [String], status expected: Int32 = 0, file: StaticString = #filePath, line: UInt = #line) throws -> WinnowProcess.Result {
        let result = try WinnowProcess.run(arguments + ["--reviewer", "ana"])
        XCTAssertEqual(result.status, expected, result.stderr, file: file, line: line)
        return result
    }

    private func lowTierIDs(_ copy: SampleCopy) throws -> [String] {
        try run(["list", copy.dataset.path, "--filter", "tier:low"]).stdout.split(separator: "\n").map { String($0.split(separator: "\t").last!) }
    }

    private func verdicts(_ copy: SampleCopy, _ ids: [String]) throws -> [String?] {
        let rows = try run(["list", copy.dataset.path, "--json"]).stdout.split(separator: "\n").map { try JSONParser.parse(String($0)) }
        let byID = Dictionary(uniqueKeysWithValues: rows.map { ($0["id"]!.stringValue!, $0["verdict"]?.stringValue) })
        return ids.map { byID[$0] ?? nil }
    }

    func testAuditSampleWithASeedIsReproducibleAndShared() throws {
        let copy = try SampleCopy()
        let first = try run(["audit", copy.dataset.path, "--tier", "low", "--sample", "3", "--seed", "11"]).stdout
        let again = try run(["audit", copy.dataset.path, "--tier", "low", "--sample", "3", "--seed", "11"]).stdout
        XCTAssertEqual(first, again)
        let ids = first.split(separator: "\n").map(String.init)
        XCTAssertEqual(ids.count, 3)
        XCTAssertTrue(Set(ids).isSubset(of: Set(try lowTierIDs(copy))))
        XCTAssertEqual(copy.journalLines().count, 2)
        XCTAssertTrue(try copy.journalLines().element(0).contains(#""type":"audit.sample","tier":"low","seed":"11","items":["#))
        let json = try JSONParser.parse(try run(["audit", copy.dataset.path, "--tier", "low", "--sample", "2", "--seed", "11", "--json"]).stdout)
        XCTAssertEqual(json["items"]?.arrayValue?.compactMap(\.stringValue), Array(ids.prefix(2)), "a smaller sample is a prefix")
        XCTAssertEqual(json["population"]?.intValue, 5)
    }

    func testReportCountsTheReviewedSampleWithItsWilsonInterval() throws {
        let copy = try SampleCopy()
        XCTAssertEqual(try run(["audit", copy.dataset.path, "--tier", "high", "--report"], status: 1).stderr.contains("no audit sample"), true)
        let sample = try run(["audit", copy.dataset.path, "--tier", "low", "--sample", "4", "--seed", "5"]).stdout.split(separator: "\n").map(String.init)
        for (id, verdict) in zip(sample, ["good", "good", "bad", "skip"]) {
            try run(["verdict", copy.dataset.path, id, verdict])
        }
        let report = try JSONParser.parse(try run(["audit", copy.dataset.path, "--tier", "low", "--report", "--json"]).stdout)
        XCTAssertEqual(report["tier"]?.stringValue, "low")
        XCTAssertEqual(report["population"]?.intValue, 5)
        XCTAssertEqual(report["sampled"]?.intValue, 4)
        XCTAssertEqual(report["reviewed"]?.intValue, 4)
        XCTAssertEqual(report["good"]?.intValue, 2)
        XCTAssertEqual(report["bad"]?.intValue, 1)
        XCTAssertEqual(try XCTUnwrap(report["precision"]?.doubleValue), 2.0 / 3.0, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(report["lower95"]?.doubleValue), 0.2077, accuracy: 0.00005)
        XCTAssertEqual(try XCTUnwrap(report["upper95"]?.doubleValue), 0.9385, accuracy: 0.00005)
        let text = try run(["audit", copy.dataset.path, "--tier", "low", "--report"]).stdout
        XCTAssertTrue(text.contains("precision 66.7 %"), text)
    }

    func testAcceptIsOneJournalLineAndOneUndoRestoresEveryItem() throws {
        let copy = try SampleCopy()
        let low = try lowTierIDs(copy)
        try run(["verdict", copy.dataset.path, low.element(0), "bad"])
        let refused = try run(["accept", copy.dataset.path, "--tier", "low"], status: 2)
        XCTAssertTrue(refused.stderr.contains("accept 4 unreviewed items") && refused.stderr.contains("--yes"), refused.stderr)
        XCTAssertEqual(copy.journalLines().count, 1, "nothing written without confirmation")

        try run(["accept", copy.dataset.path, "--tier", "low", "--yes"])
        let lines = copy.journalLines()
        XCTAssertEqual(lines.count, 2, "the whole batch is one event")
        XCTAssertTrue(try lines.element(1).contains(#""type":"verdict.batch""#) && lines.element(1).contains(#""verdict":"good""#), lines.shown(1))
        XCTAssertFalse(try lines.element(1).contains(low.element(0)), "an item with a verdict is left alone")
        XCTAssertEqual(try verdicts(copy, low), ["bad", "good", "good", "good", "good"])
        let history = try JSONParser.parse(try run(["show", copy.dataset.path, low.element(1), "--json"]).stdout)["history"]?.arrayValue
        XCTAssertEqual(history?.last?["type"]?.stringValue, "verdict.batch")
        XCTAssertEqual(history?.last?["batch_size"]?.intValue, 4)

        let nothing = try run(["accept", copy.dataset.path, "--tier", "low", "--yes"], status: 1)
        XCTAssertTrue(nothing.stderr.contains("no unreviewed items"), nothing.stderr)
        XCTAssertEqual(copy.journalLines().count, 2)

        let screen = try run(["review", copy.dataset.path, "--headless", "--keys-string", "u"]).stdout
        XCTAssertTrue(screen.contains("undone: good × 4 items"), screen)
        XCTAssertEqual(try verdicts(copy, low), ["bad", nil, nil, nil, nil])
        XCTAssertEqual(copy.journalLines().count, 3)
    }

    func testNoteAndFlagKeysInTheWorkstationAreJournaledAndShown() throws {
        let copy = try SampleCopy()
        let screen = try run(["review", copy.dataset.path, "--headless", "--size", "140x40", "--keys-string", "n a x <Space> o k <BS> <BS> <BS> <BS> <BS> h i <Enter> f", "--queue", "all"]).stdout
        XCTAssertTrue(screen.contains("note ana: hi"), screen)
        XCTAssertTrue(screen.contains("⚑ flagged"), screen)
        let lines = copy.journalLines()
        XCTAssertEqual(lines.count, 2, "typed letters are text, not verdicts")
        XCTAssertTrue(try lines.element(0).contains(#""type":"note","item":"ad0b71402e9cc582","text":"hi""#), lines.shown(0))
        XCTAssertTrue(try lines.element(1).contains(#""type":"flag","item":"ad0b71402e9cc582","on":true"#), lines.shown(1))
    }

    func testNotesFlagsAndConfiguredReasons() throws {
        let copy = try SampleCopy()
        let id = try lowTierIDs(copy).element(0)
        try run(["note", copy.dataset.path, id, "label sits on the shadow"])
        try run(["flag", copy.dataset.path, id])
        XCTAssertEqual(try run(["list", copy.dataset.path, "--filter", "has:flag has:notes"]).stdout.split(separator: "\n").count, 1)
        let history = try XCTUnwrap(try JSONParser.parse(try run(["show", copy.dataset.path, id, "--json"]).stdout)["history"]?.arrayValue)
        XCTAssertEqual(history.map { $0["type"]?.stringValue }, ["note", "flag"])
        XCTAssertEqual(try history.element(0)["note"]?.stringValue, "label sits on the shadow")
        XCTAssertEqual(try history.element(1)["flag"]?.boolValue, true)
        try run(["flag", copy.dataset.path, id, "--off"])
        XCTAssertEqual(try run(["list", copy.dataset.path, "--filter", "has:flag"]).stdout, "")

        try run(["verdict", copy.dataset.path, id, "bad", "--reason", "anything at all"])  // no config: any reason
        try FileManager.default.createDirectory(at: copy.dataset.appendingPathComponent(".winnow"), withIntermediateDirectories: true)
        try "reasons = wrong box, wrong category, duplicate, blurry\n".write(
            to: copy.dataset.appendingPathComponent(".winnow/config"), atomically: true, encoding: .utf8)
        let refused = try run(["verdict", copy.dataset.path, id, "bad", "--reason", "funny"], status: 2)
        XCTAssertTrue(refused.stderr.contains("'wrong box', 'wrong category', 'duplicate', 'blurry'"), refused.stderr)
        try run(["verdict", copy.dataset.path, id, "bad", "--reason", "Blurry"])
        XCTAssertTrue(copy.journalLines().last!.contains(#""reason":"blurry""#))
    }
}
