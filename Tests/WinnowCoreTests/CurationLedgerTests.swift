import XCTest
@testable import WinnowCore

final class CurationLedgerTests: XCTestCase {
    private func event(_ seq: Int, _ reviewer: String, _ action: JournalAction, minute: Int = 0) -> JournalEvent {
        JournalEvent(seq: seq, time: "2026-11-22T05:\(minute < 10 ? "0" : "")\(minute):00.000Z", reviewer: reviewer, action: action)
    }

    private func verdict(_ item: String, _ v: Verdict) -> JournalAction { .verdict(item: item, verdict: v, note: nil, reason: nil) }

    func testLatestVerdictWinsAndUndoRestoresTheOneBefore() {
        var ledger = CurationLedger(replaying: [
            event(1, "ana", verdict("a", .good)),
            event(2, "ana", verdict("a", .bad)),
        ])
        XCTAssertEqual(ledger.verdict(for: "a")?.verdict, .bad)
        ledger.apply(event(3, "ana", .undo(target: 2)))
        XCTAssertEqual(ledger.verdict(for: "a")?.verdict, .good)
        XCTAssertEqual(ledger.nextUndo(for: "ana")?.seq, 1)
        XCTAssertEqual(ledger.nextRedo(for: "ana")?.seq, 2)
        ledger.apply(event(4, "ana", .redo(target: 2)))
        XCTAssertEqual(ledger.verdict(for: "a")?.verdict, .bad)
        XCTAssertNil(ledger.nextRedo(for: "ana"))
    }

    func testNewVerdictClearsRedoAndUndoStacksArePerReviewer() {
        let ledger = CurationLedger(replaying: [
            event(1, "ana", verdict("a", .good)),
            event(2, "bo", verdict("b", .bad)),
            event(3, "ana", .undo(target: 1)),
            event(4, "ana", verdict("c", .skip)),
        ])
        XCTAssertNil(ledger.nextRedo(for: "ana"))
        XCTAssertEqual(ledger.nextUndo(for: "ana")?.seq, 4)
        XCTAssertEqual(ledger.nextUndo(for: "bo")?.seq, 2)
        XCTAssertNil(ledger.verdict(for: "a"))
    }

    func testHistoryListsVerdictsAndTheirUndos() {
        let ledger = CurationLedger(replaying: [
            event(1, "ana", verdict("a", .good)),
            event(2, "ana", verdict("b", .good)),
            event(3, "ana", .undo(target: 1)),
        ])
        XCTAssertEqual(ledger.history(for: "a").map(\.seq), [1, 3])
        XCTAssertEqual(ledger.item(of: 3), "a")
    }

    func testVerdictsByReviewerKeepEachReviewersLatest() {
        let ledger = CurationLedger(replaying: [
            event(1, "ana", verdict("a", .good)),
            event(2, "bo", verdict("a", .bad)),
            event(3, "ana", verdict("a", .bad)),
        ])
        let byReviewer = ledger.verdictsByReviewer(for: "a")
        XCTAssertEqual(byReviewer["ana"]?.seq, 3)
        XCTAssertEqual(byReviewer["bo"]?.verdict, .bad)
    }

    func testUndoPlannerPicksMostRecentAcrossDatasets() {
        let first = CurationLedger(replaying: [event(1, "ana", verdict("a", .good), minute: 1)])
        let second = CurationLedger(replaying: [event(1, "ana", verdict("b", .good), minute: 2)])
        XCTAssertEqual(UndoPlanner.nextUndo(in: [first, second], reviewer: "ana")?.dataset, 1)
        XCTAssertNil(UndoPlanner.nextUndo(in: [first, second], reviewer: "bo"))
    }

    func testTiersFollowWeakestLabelWithVerifiedCountingAsCertain() {
        func label(_ c: Double, verified: Bool = false) -> Label {
            Label(id: "0", category: "x", bbox: nil, confidence: c, source: "template_matching", verified: verified)
        }
        var item = ReviewItem(id: "i", kind: .screenshot, path: "i.png", imageURL: nil, width: 1, height: 1,
                              labels: [label(0.95), label(0.5, verified: true)])
        XCTAssertEqual(item.confidence, 0.95)
        XCTAssertEqual(item.tier(), .high)
        item.labels.append(label(0.9))
        XCTAssertEqual(item.tier(), .medium)  // 0.9 is not above 0.9
        item.labels.append(label(0.7))
        XCTAssertEqual(item.tier(), .low)
        item.labels = []
        XCTAssertNil(item.confidence)
        XCTAssertEqual(item.tier(), .low)
    }
}

final class ReviewerThroughputTests: XCTestCase {
    func testJournalTimesParse() {
        XCTAssertEqual(JournalTime.seconds("1970-01-01T00:00:00.000Z"), 0)
        XCTAssertEqual(JournalTime.seconds("2026-11-22T05:30:00.250Z"), 1_795_325_400.25)
        XCTAssertNil(JournalTime.seconds("yesterday"))
    }

    func testThroughputCountsTheLastSessionOnly() {
        func verdict(_ seq: Int, _ time: String) -> JournalEvent {
            JournalEvent(seq: seq, time: time, reviewer: "ana", action: .verdict(item: "i\(seq)", verdict: .good, note: nil, reason: nil))
        }
        let ledger = CurationLedger(replaying: [
            verdict(1, "2026-11-22T01:00:00.000Z"),            // an earlier session
            verdict(2, "2026-11-22T05:00:00.000Z"),
            verdict(3, "2026-11-22T05:01:00.000Z"),
            verdict(4, "2026-11-22T05:04:00.000Z"),
        ])
        let rates = ReviewerThroughput.lastSessions([ledger])
        XCTAssertEqual(rates, [ReviewerThroughput(reviewer: "ana", verdicts: 3, minutes: 4)])
        XCTAssertEqual(rates[0].perMinute, 0.75)
    }
}
