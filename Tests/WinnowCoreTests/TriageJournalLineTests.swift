import XCTest
@testable import WinnowCore

/// Batch verdicts, notes, flags and audit samples on disk: exact line shape, and back.
final class TriageJournalLineTests: XCTestCase {
    private let time = "2026-11-22T05:00:00.000Z"

    private func roundTrip(_ action: JournalAction) throws -> (line: String, back: JournalAction) {
        let line = JournalEvent(seq: 3, time: time, reviewer: "ana", action: action).line()
        return (line, try JournalEvent.parse(line: ArraySlice(line.utf8)).get().action)
    }

    func testBatchVerdictIsOneLineWithEveryItem() throws {
        let action = JournalAction.batchVerdict(items: ["a", "b", "c"], verdict: .good, note: "audited")
        let (line, back) = try roundTrip(action)
        XCTAssertTrue(line.contains(#""type":"verdict.batch","items":["a","b","c"],"verdict":"good","note":"audited","crc":""#), line)
        XCTAssertEqual(back, action)
        XCTAssertEqual(try roundTrip(.batchVerdict(items: ["a"], verdict: .bad, note: nil)).back, .batchVerdict(items: ["a"], verdict: .bad, note: nil))
    }

    func testNoteAndFlagLines() throws {
        let note = try roundTrip(.note(item: "a", text: "box \"too\" wide"))
        XCTAssertTrue(note.line.contains(#""type":"note","item":"a","text":"box \"too\" wide""#), note.line)
        XCTAssertEqual(note.back, .note(item: "a", text: "box \"too\" wide"))
        let flag = try roundTrip(.flag(item: "a", on: false))
        XCTAssertTrue(flag.line.contains(#""type":"flag","item":"a","on":false"#), flag.line)
        XCTAssertEqual(flag.back, .flag(item: "a", on: false))
    }

    func testAuditSampleKeepsA64BitSeedExactly() throws {
        let action = JournalAction.auditSample(tier: "high", seed: UInt64.max - 1, items: ["b", "a"])
        let (line, back) = try roundTrip(action)
        XCTAssertTrue(line.contains(#""type":"audit.sample","tier":"high","seed":"18446744073709551614","items":["b","a"]"#), line)
        XCTAssertEqual(back, action)
    }

    func testMalformedFieldsAreReportedNotGuessed() {
        func parse(_ body: String) -> Result<JournalEvent, JournalLineError> {
            let text = #"{"v":1,"seq":1,"time":"t","reviewer":"r","#
                + body
            let line = text + #","crc":""# + CRC32.hex(Array(text.utf8)) + "\"}"
            return JournalEvent.parse(line: ArraySlice(line.utf8))
        }
        XCTAssertEqual(parse(#""type":"verdict.batch","items":["a",2],"verdict":"good""#), .failure(.missingField("items")))
        XCTAssertEqual(parse(#""type":"verdict.batch","items":["a"],"verdict":"maybe""#), .failure(.missingField("verdict")))
        XCTAssertEqual(parse(#""type":"flag","item":"a","on":"yes""#), .failure(.missingField("on")))
        XCTAssertEqual(parse(#""type":"note","item":"a""#), .failure(.missingField("text")))
        XCTAssertEqual(parse(#""type":"audit.sample","tier":"high","seed":42,"items":[]"#), .failure(.missingField("seed")))
    }

    func testOnlyTheSampleIsNotUndoable() {
        XCTAssertTrue(JournalAction.batchVerdict(items: [], verdict: .good, note: nil).isUndoable)
        XCTAssertTrue(JournalAction.note(item: "a", text: "x").isUndoable)
        XCTAssertTrue(JournalAction.flag(item: "a", on: true).isUndoable)
        XCTAssertFalse(JournalAction.auditSample(tier: "high", seed: 1, items: []).isUndoable)
    }
}
