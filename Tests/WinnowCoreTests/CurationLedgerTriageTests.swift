import XCTest
@testable import WinnowCore

/// Batch verdicts, notes, flags and audit samples replayed into a ledger.
final class CurationLedgerTriageTests: XCTestCase {
    private func event(_ seq: Int, _ reviewer: String, _ action: JournalAction) -> JournalEvent {
        JournalEvent(seq: seq, time: "2026-11-22T05:00:\(seq < 10 ? "0" : "")\(seq).000Z", reviewer: reviewer, action: action)
    }

    private func verdict(_ item: String, _ v: Verdict, note: String? = nil) -> JournalAction {
        .verdict(item: item, verdict: v, note: note, reason: nil)
    }

    func testBatchGivesEveryItemItsVerdictAndOneUndoTakesAllBack() {
        var ledger = CurationLedger(replaying: [
            event(1, "ana", verdict("a", .bad)),
            event(2, "ana", .batchVerdict(items: ["a", "b", "c"], verdict: .good, note: nil)),
        ])
        XCTAssertEqual(["a", "b", "c"].map { ledger.verdict(for: $0)?.verdict }, [.good, .good, .good])
        XCTAssertEqual(ledger.verdict(for: "b")?.seq, 2)
        XCTAssertEqual(ledger.nextUndo(for: "ana")?.seq, 2)
        XCTAssertEqual(ledger.items(of: 2), ["a", "b", "c"])

        ledger.apply(event(3, "ana", .undo(target: 2)))
        XCTAssertEqual(["a", "b", "c"].map { ledger.verdict(for: $0)?.verdict }, [.bad, nil, nil], "the verdict before the batch stands again")
        XCTAssertEqual(ledger.nextUndo(for: "ana")?.seq, 1)
        XCTAssertEqual(ledger.items(of: 3), ["a", "b", "c"])

        ledger.apply(event(4, "ana", .redo(target: 2)))
        XCTAssertEqual(["a", "b", "c"].map { ledger.verdict(for: $0)?.verdict }, [.good, .good, .good])
    }

    func testALaterSingleVerdictOverridesTheBatchForThatItemOnly() {
        let ledger = CurationLedger(replaying: [
            event(1, "ana", .batchVerdict(items: ["a", "b"], verdict: .good, note: "audited")),
            event(2, "bo", verdict("b", .bad)),
        ])
        XCTAssertEqual(ledger.verdict(for: "a")?.verdict, .good)
        XCTAssertEqual(ledger.verdict(for: "a")?.note, "audited")
        XCTAssertEqual(ledger.verdict(for: "b")?.verdict, .bad)
        XCTAssertEqual(ledger.verdictsByReviewer(for: "b")["ana"]?.verdict, .good, "each reviewer's stand is kept")
    }

    func testNotesFromNoteEventsAndVerdictsUntilUndone() {
        var ledger = CurationLedger(replaying: [
            event(1, "ana", verdict("a", .bad, note: "box too wide")),
            event(2, "bo", .note(item: "a", text: "agree")),
            event(3, "bo", .note(item: "b", text: "elsewhere")),
        ])
        XCTAssertEqual(ledger.notes(for: "a").map(\.text), ["box too wide", "agree"])
        XCTAssertEqual(ledger.notes(for: "a").last?.reviewer, "bo")
        XCTAssertEqual(ledger.notes(for: "c"), [])
        ledger.apply(event(4, "bo", .undo(target: 3)))
        ledger.apply(event(5, "bo", .undo(target: 2)))
        XCTAssertEqual(ledger.notes(for: "a").map(\.text), ["box too wide"])
        XCTAssertEqual(ledger.notes(for: "b"), [])
    }

    func testFlagFollowsTheLatestStandingFlagEvent() {
        var ledger = CurationLedger(replaying: [event(1, "ana", .flag(item: "a", on: true))])
        XCTAssertTrue(ledger.isFlagged("a"))
        XCTAssertFalse(ledger.isFlagged("b"))
        ledger.apply(event(2, "bo", .flag(item: "a", on: false)))
        XCTAssertFalse(ledger.isFlagged("a"))
        ledger.apply(event(3, "bo", .undo(target: 2)))
        XCTAssertTrue(ledger.isFlagged("a"))
    }

    func testLatestAuditSampleOfATierStandsAndCannotBeUndone() {
        var ledger = CurationLedger(replaying: [
            event(1, "ana", verdict("x", .good)),
            event(2, "ana", .auditSample(tier: "high", seed: 7, items: ["a", "b"])),
            event(3, "bo", .auditSample(tier: "low", seed: 1, items: ["c"])),
            event(4, "ana", .auditSample(tier: "high", seed: 8, items: ["b", "d"])),
        ])
        XCTAssertEqual(ledger.auditSample(tier: "high")?.items, ["b", "d"])
        XCTAssertEqual(ledger.auditSample(tier: "high")?.seed, 8)
        XCTAssertEqual(ledger.auditSample(tier: "low")?.reviewer, "bo")
        XCTAssertNil(ledger.auditSample(tier: "medium"))
        XCTAssertEqual(ledger.nextUndo(for: "ana")?.seq, 1, "`u` after drawing still undoes the last verdict")
        ledger.apply(event(5, "ana", .undo(target: 4)))
        XCTAssertEqual(ledger.auditSample(tier: "high")?.seed, 8)
        XCTAssertFalse(ledger.undone.contains(4))
    }

    func testHistoryShowsBatchesNotesFlagsSamplesAndTheirUndos() {
        let ledger = CurationLedger(replaying: [
            event(1, "ana", .auditSample(tier: "high", seed: 7, items: ["a", "b"])),
            event(2, "ana", .batchVerdict(items: ["b", "a"], verdict: .good, note: nil)),
            event(3, "ana", .note(item: "a", text: "fine")),
            event(4, "ana", .flag(item: "b", on: true)),
            event(5, "ana", .undo(target: 2)),
            event(6, "ana", verdict("c", .bad)),
        ])
        XCTAssertEqual(ledger.history(for: "a").map(\.seq), [1, 2, 3, 5])
        XCTAssertEqual(ledger.history(for: "b").map(\.seq), [1, 2, 4, 5])
        XCTAssertEqual(ledger.history(for: "c").map(\.seq), [6])
    }
}
