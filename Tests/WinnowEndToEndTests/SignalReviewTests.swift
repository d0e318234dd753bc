import Foundation
import WinnowTestSupport
import XCTest
import WinnowCore

/// Drill runs end to end: headless event edits, show --json, export with folds, and the tmux path.
final class SignalReviewTests: XCTestCase {
    private let first = "SAMPLE_BOX-C_ST_3001_1.xls"

    private func headless(_ copy: SampleCopy, _ keys: String) throws -> String {
        let result = try WinnowProcess.run(["review", copy.dataset.path, "--headless", "--keys-string", keys, "--size", "140x40", "--reviewer", "ana", "--queue", "all"])
        XCTAssertEqual(result.status, 0, result.stderr)
        return result.stdout
    }

    private func show(_ copy: SampleCopy, _ item: String) throws -> JSONValue {
        let result = try WinnowProcess.run(["show", copy.dataset.path, item, "--json"])
        XCTAssertEqual(result.status, 0, result.stderr)
        return try JSONParser.parse(result.stdout)
    }

    private func event(_ shown: JSONValue, _ type: String) -> JSONValue? {
        shown["events"]?.arrayValue?.first { $0["type"]?.stringValue == type }
    }

    func testShowJSONHasChannelsEventsAndMetadata() throws {
        let shown = try show(try SampleCopy("drilling"), first)
        XCTAssertEqual(shown["kind"]?.stringValue, "signal")
        let channels = try XCTUnwrap(shown["channels"]?.arrayValue)
        XCTAssertEqual(channels.first?["name"]?.stringValue, "Position")
        XCTAssertEqual(channels.first?["unit"]?.stringValue, "mm")
        XCTAssertGreaterThan(channels.first?["samples"]?.intValue ?? 0, 1000)
        XCTAssertEqual(shown["events"]?.arrayValue?.compactMap { $0["type"]?.stringValue }, ["entry", "transition", "exit"])
        XCTAssertEqual(event(shown, "entry")?["source"]?.stringValue, "auto")
        XCTAssertEqual(shown["metadata"]?["sample_rate"]?.doubleValue, 100)
        XCTAssertNotNil(shown["metadata"]?["Program"]?.arrayValue)
    }

    func testMovingAnEventIsJournaledVerifiedAndUndoable() throws {
        let copy = try SampleCopy("drilling")
        let before = try XCTUnwrap(event(try show(copy, first), "transition")?["sample"]?.intValue)
        let screen = try headless(copy, "<Tab> <Tab> <Right> <Right>")
        XCTAssertTrue(screen.contains("transition at"), screen)
        let moved = try XCTUnwrap(event(try show(copy, first), "transition"))
        let after = try XCTUnwrap(moved["sample"]?.intValue)
        XCTAssertGreaterThan(after, before)
        XCTAssertEqual(moved["verified"]?.boolValue, true)
        XCTAssertEqual(copy.journalLines().count, 2)
        XCTAssertTrue(try copy.journalLines().element(1).contains(#""type":"event.set""#) && copy.journalLines().element(1).contains("\"sample\":\(after)"))

        _ = try headless(copy, "u u")
        let restored = try XCTUnwrap(event(try show(copy, first), "transition"))
        XCTAssertEqual(restored["sample"]?.intValue, before)
        XCTAssertEqual(restored["verified"]?.boolValue, false)
    }

    func testDeleteThenPlaceAtTheCursor() throws {
        let copy = try SampleCopy("drilling")
        _ = try headless(copy, "<S-Tab> d")
        XCTAssertNil(event(try show(copy, first), "exit"))
        _ = try headless(copy, "X")
        let placed = try XCTUnwrap(event(try show(copy, first), "exit"))
        XCTAssertEqual(placed["verified"]?.boolValue, true)
    }

    func testExportWritesReviewedRunsWithGroupKeepingFolds() throws {
        let copy = try SampleCopy("drilling")
        _ = try headless(copy, "a a x a a a a")
        let out = copy.root.appendingPathComponent("export")
        let result = try WinnowProcess.run(["export", copy.dataset.path, "--format", "signals", "--out", out.path, "--folds", "3"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let csv = try String(contentsOf: out.appendingPathComponent("signals.csv"), encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(csv.first, "file,verdict,reviewer,entry_mm,entry_sample,transition_mm,transition_sample,exit_mm,exit_sample,confidence,source,group,fold")
        XCTAssertEqual(csv.count, 8)
        let rows = try String(contentsOf: out.appendingPathComponent("signals.jsonl"), encoding: .utf8).split(separator: "\n").map { try JSONParser.parse(String($0)) }
        XCTAssertEqual(rows.map { $0["verdict"]?.stringValue }, ["good", "good", "bad", "good", "good", "good", "good"])
        var foldOfGroup: [String: Int] = [:]
        for row in rows {
            let group = try XCTUnwrap(row["group"]?.stringValue)
            let fold = try XCTUnwrap(row["fold"]?.intValue)
            XCTAssertTrue((0..<3).contains(fold))
            XCTAssertEqual(foldOfGroup[group, default: fold], fold, "every run of \(group) in one fold")
            foldOfGroup[group] = fold
        }
        XCTAssertEqual(Set(foldOfGroup.keys), ["SAMPLE_BOX-C_ST_3001", "SAMPLE_COUPON-A_ST_1001", "SAMPLE_COUPON-B_ST_2001"])

        let again = try WinnowProcess.run(["export", copy.dataset.path, "--format", "signals", "--out", out.path])
        XCTAssertEqual(again.status, 2, "an existing folder is refused without --force")
        XCTAssertEqual(try WinnowProcess.run(["export", copy.dataset.path, "--format", "signals", "--out", out.path, "--force",
                                              "--filter", "verdict:bad"]).status, 0)
        XCTAssertEqual(try String(contentsOf: out.appendingPathComponent("signals.csv"), encoding: .utf8).split(separator: "\n").count, 2)
    }

    func testTheWorkstationEditsAnEventInARealTerminal() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else { throw XCTSkip("tmux is not installed") }
        let copy = try SampleCopy("drilling")
        let tmux = try TmuxSession(command: [WinnowProcess.binary.path, copy.dataset.path, "--reviewer", "sig", "--queue", "all"], workdir: copy.root)
        try tmux.waitFor("the signal plot") { $0.contains("Total torque") && $0.contains("Events (3)") }
        try tmux.send("Tab")
        try tmux.send("Right")
        try tmux.waitFor("the move saved") { $0.contains("entry at") }
        try tmux.send("a")
        try tmux.waitFor("the verdict") { $0.contains("saved: good") }
        try tmux.send("q")
        XCTAssertEqual(tmux.exitStatus(), 0)
        let lines = copy.journalLines()
        XCTAssertEqual(lines.count, 2)
        XCTAssertTrue(try lines.element(0).contains(#""type":"event.set","item":"SAMPLE_BOX-C_ST_3001_1.xls","event":"entry""#), lines.shown(0))
        XCTAssertTrue(try lines.element(1).contains(#""verdict":"good""#))
    }
}
