import WinnowTestSupport
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

    /// The lean readings the summary and the queues use agree with the records they skip building,
    /// through undo, redo, notes and several reviewers.
    func testLatestVerdictsAndStandingVerdictMatchTheRecords() {
        var ledger = CurationLedger(replaying: [
            event(1, "ana", verdict("a", .good)),
            event(2, "bo", .verdict(item: "a", verdict: .bad, note: "blurry", reason: "image")),
            event(3, "ana", verdict("a", .skip)),
            event(4, "chen", verdict("b", .good)),
            event(5, "bo", .undo(target: 2)),
            event(6, "dara", verdict("a", .bad)),
            event(7, "dara", .undo(target: 6)),
            event(8, "dara", .redo(target: 6)),
        ])
        ledger.apply(event(9, "chen", .undo(target: 4)))
        ledger.apply(event(10, "eve", .batchVerdict(items: ["c"], verdict: .good, note: "all fine")))
        for item in ["a", "b", "c", "d"] {
            let records = ledger.verdictsByReviewer(for: item)
            let latest = ledger.latestVerdicts(for: item)
            XCTAssertEqual(Dictionary(uniqueKeysWithValues: latest.map { ($0.reviewer, $0.verdict) }), records.mapValues(\.verdict), item)
            XCTAssertEqual(latest.map(\.reviewer), records.values.sorted { $0.seq > $1.seq }.map(\.reviewer), "newest first: \(item)")
            XCTAssertEqual(ledger.standingVerdict(for: item), ledger.verdict(for: item)?.verdict, item)
            XCTAssertEqual(ledger.standingVerdict(for: item), latest.first?.verdict, item)
        }
        XCTAssertEqual(ledger.latestVerdicts(for: "a").map(\.reviewer), ["dara", "ana"])
        XCTAssertEqual(ledger.standingVerdict(for: "a"), .bad)
        XCTAssertNil(ledger.standingVerdict(for: "b"))
        XCTAssertEqual(ledger.latestVerdicts(for: "c").map(\.reviewer), ["eve"])
        XCTAssertEqual(ledger.standingVerdict(for: "c"), .good)
        XCTAssertEqual(ledger.ratings(for: "a"), ["dara": .bad])
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

    /// The compact store gives back each event exactly: odd times, long and look-alike ids,
    /// notes, every action type; a repeated sequence number is ignored, a late one sorted in.
    func testStoredEventsComeBackExactly() throws {
        let long = "screens/2024-11-05/login-flow/step-0001.png"
        let originals = [
            event(1, "ana", verdict(long, .good)),
            event(2, "ana", verdict(long + "x", .bad)),
            JournalEvent(seq: 3, time: "2026-11-22 05:00", reviewer: "zoë", action: .verdict(item: "é", verdict: .skip, note: "?", reason: nil)),
            event(5, "bo", .eventDelete(item: "run", type: .entry)),
            event(6, "bo", .unknown(type: "flag", fields: JSONObject([("item", "a")]))),
            event(4, "ana", .undo(target: 2)),
            event(7, "", verdict("", .good)),
        ]
        var ledger = CurationLedger(replaying: originals)
        ledger.apply(JournalEvent(seq: 1, time: "later", reviewer: "bo", action: verdict("other", .bad)))
        XCTAssertEqual(ledger.events.values, originals.sorted { $0.seq < $1.seq })
        XCTAssertEqual(ledger.events[3], originals[2])
        XCTAssertNil(ledger.events[8])
        XCTAssertEqual(ledger.verdict(for: long)?.verdict, .good)
        XCTAssertNil(ledger.verdict(for: long + "x"))
        XCTAssertNil(ledger.verdict(for: "other"))
        XCTAssertEqual(ledger.unknownEvents, 1)
        XCTAssertEqual(ledger.nextRedo(for: "ana"), UndoEntry(seq: 2, time: "2026-11-22T05:00:00.000Z"))
    }

    func testRedoOfAnotherReviewersUndoLeavesTheEventOnceOnTheStack() {
        var ledger = CurationLedger(replaying: [
            event(1, "ana", verdict("a", .good)),
            event(2, "bo", .undo(target: 1)),
            event(3, "ana", .redo(target: 1)),
        ])
        XCTAssertEqual(ledger.nextUndo(for: "ana")?.seq, 1)
        ledger.apply(event(4, "ana", .undo(target: 1)))
        XCTAssertNil(ledger.nextUndo(for: "ana"), "no second copy of event 1 left behind")
        XCTAssertEqual(ledger.nextRedo(for: "ana")?.seq, 1)
    }

    func testRatingsUseEachReviewersLatestStandingVerdictAndIgnoreSkips() {
        var ledger = CurationLedger(replaying: [
            event(1, "ana", verdict("a", .good)),
            event(2, "bo", verdict("a", .good)),
            event(3, "chen", verdict("a", .skip)),
            event(4, "bo", verdict("b", .bad)),
            event(5, "ana", verdict("b", .good)),
        ])
        XCTAssertEqual(ledger.ratings(for: "a"), ["ana": .good, "bo": .good])
        XCTAssertFalse(ledger.hasDisagreement("a"))
        XCTAssertTrue(ledger.hasDisagreement("b"))
        ledger.apply(event(6, "ana", .undo(target: 5)))
        XCTAssertEqual(ledger.ratings(for: "b"), ["bo": .bad])
        XCTAssertFalse(ledger.hasDisagreement("b"))
        ledger.apply(event(7, "bo", verdict("a", .skip)))
        XCTAssertEqual(ledger.ratings(for: "a"), ["ana": .good], "a reviewer whose latest word is skip has no rating")
        XCTAssertFalse(ledger.hasDisagreement("missing"))
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
        XCTAssertEqual(try rates.element(0).perMinute, 0.75)
    }
}

final class ReviewQueueTests: XCTestCase {
    private func entry(_ i: Int, _ c: Double?, _ tier: Tier, reviewed: Bool = false) -> QueueEntry {
        QueueEntry(index: i, confidence: c, tier: tier, reviewed: reviewed)
    }

    func testTriageIsUnreviewedLowTierFirstThenAscendingConfidence() {
        let entries = [entry(0, 0.95, .high), entry(1, 0.8, .medium), entry(2, 0.3, .low, reviewed: true),
                       entry(3, 0.6, .low), entry(4, nil, .low), entry(5, 0.75, .medium)]
        XCTAssertEqual(ReviewQueue.order(.triage, entries), [4, 3, 5, 1, 0])
        XCTAssertEqual(ReviewQueue.order(.low, entries), [4, 2, 3])
        XCTAssertEqual(ReviewQueue.order(.all, entries), [0, 1, 2, 3, 4, 5])
    }

    func testFlaggedDisagreementsAndAuditQueuesComeFromTheLedger() {
        func event(_ seq: Int, _ reviewer: String, _ action: JournalAction) -> JournalEvent {
            JournalEvent(seq: seq, time: "2026-11-22T05:00:0\(seq).000Z", reviewer: reviewer, action: action)
        }
        let ledger = CurationLedger(replaying: [
            event(1, "ana", .verdict(item: "a", verdict: .good, note: nil, reason: nil)),
            event(2, "bo", .verdict(item: "a", verdict: .bad, note: nil, reason: nil)),
            event(3, "bo", .verdict(item: "b", verdict: .skip, note: nil, reason: nil)),
            event(4, "ana", .verdict(item: "b", verdict: .good, note: nil, reason: nil)),
            event(5, "ana", .flag(item: "c", on: true)),
            event(6, "ana", .auditSample(tier: "low", seed: 1, items: ["c", "a"])),
        ])
        let items = ["a", "b", "c"].map {
            ReviewItem(id: $0, kind: .screenshot, path: $0, imageURL: nil, width: 1, height: 1, labels: [])
        }
        let entries = QueueEntry.entries(items: items, ledgers: [ledger], datasetOfItem: [0, 0, 0], thresholds: .standard)
        XCTAssertEqual(ReviewQueue.order(.disagreements, entries), [0], "a skip takes no side")
        XCTAssertEqual(ReviewQueue.order(.flagged, entries), [2])
        XCTAssertEqual(ReviewQueue.order(.audit, entries), [2, 0])
        XCTAssertEqual(ReviewQueue.order(.triage, entries), [2])
    }
}
