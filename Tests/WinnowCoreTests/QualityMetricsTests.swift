import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

/// The quality dimensions and duplicate finding on tiny datasets worked out by hand.
final class QualityMetricsTests: XCTestCase {
    private func snapshot(_ lines: [String], verdicts: [(String, Verdict)] = []) throws -> ReviewSnapshot {
        let folder = try TemporaryFolder()
        try folder.write("t.jsonl", text: lines.joined(separator: "\n") + "\n")
        let workspace = try WorkspaceLoader.load(path: folder.path("t.jsonl"), options: ReadOptions())
        let events = verdicts.enumerated().map { n, v in
            JournalEvent(seq: n + 1, time: "2026-12-05T10:00:00.000Z", reviewer: "ana", action: .verdict(item: v.0, verdict: v.1, note: nil, reason: nil))
        }
        return ReviewSnapshot(workspace: workspace, ledgers: [CurationLedger(replaying: events)])
    }

    private func line(_ id: String, _ text: String, _ label: String?, confidence: Double = 1) -> String {
        let intent = label.map { #", "expected_intent": "\#($0)""# } ?? ""
        return #"{"id": "\#(id)", "text": "\#(text)"\#(intent), "confidence": \#(confidence)}"#
    }

    func testEachDimensionOnAHandComputedSet() throws {
        // a, b: the same text and label; c: that text near-identical, labelled otherwise; d: no label.
        let s = try snapshot([line("a", "Book a table for two tonight", "book", confidence: 0.8),
                              line("b", "book a table for two tonight!", "book", confidence: 0.6),
                              line("c", "Book a table for 2 tonight", "cancel", confidence: 0.4),
                              line("d", "What time do you open", nil)],
                             verdicts: [("c", .bad)])
        let d = s.textDuplicates
        XCTAssertEqual(d.exact, [[0, 1]])
        XCTAssertEqual(d.near, [[0, 2]])
        XCTAssertEqual(d.conflicts, [[0, 1, 2]], "the near group stands for both texts of the exact group")
        let q = QualityMetrics(s, duplicates: d)
        XCTAssertEqual(q.completeness, 0.75, "d has no label in a labelled set")
        XCTAssertEqual(q.consistency, 0.5, "one of two groups conflicts")
        XCTAssertEqual(q.accuracy, (0.8 + 0.6 + 0 + 1) / 4, accuracy: 1e-12, "a bad verdict counts 0; d has no label, so its confidence is the data's")
        XCTAssertEqual(q.balance, -(2.0 / 3 * log(2.0 / 3) + 1.0 / 3 * log(1.0 / 3)) / log(2), accuracy: 1e-12)
        // 23 words, 13 distinct ("tonight!" is a word of its own: words are split at white space only)
        let words = ["book", "a", "table", "for", "two", "tonight", "book", "a", "table", "for", "two", "tonight!", "book", "a", "table",
                     "for", "2", "tonight", "what", "time", "do", "you", "open"]
        XCTAssertEqual(q.diversity, min(1, Double(Set(words).count) / Double(words.count) * 2), accuracy: 1e-12)
        XCTAssertEqual(q.complexity, Double(words.count) / 4 / 25, accuracy: 1e-12)
        XCTAssertEqual(try s.itemIssues.element(2).map(\.code), ["text.near-duplicate", "text.label-conflict"])
        XCTAssertEqual(s.queue(.conflicts), [0, 1, 2])
        XCTAssertEqual(s.queue(.duplicates), [0, 1, 2])
    }

    func testBalanceIsNormalisedEntropy() {
        XCTAssertEqual(QualityMetrics.normalizedEntropy([5, 5, 5]), 1, accuracy: 1e-12)
        XCTAssertEqual(QualityMetrics.normalizedEntropy([7]), 1)
        XCTAssertEqual(QualityMetrics.normalizedEntropy([9, 1]), -(0.9 * log(0.9) + 0.1 * log(0.1)) / log(2), accuracy: 1e-12)
    }

    func testDistinctTextsAreNotGrouped() throws {
        let s = try snapshot([line("a", "Where is my parcel", "track"), line("b", "Cancel my subscription please", "cancel")])
        XCTAssertEqual(s.textDuplicates.exact + s.textDuplicates.near, [])
        XCTAssertEqual(QualityMetrics(s, duplicates: s.textDuplicates).consistency, 1)
    }
}

/// Seed 000's metrics on the sample screens, with one state left uncovered by a bad verdict.
final class ScreenshotMetricsTests: XCTestCase {
    func testCoverageSourceMixAndVerification() throws {
        let copy = try SampleCopy()
        let workspace = try WorkspaceLoader.load(path: copy.dataset.path, options: ReadOptions())
        let bad = JournalEvent(seq: 1, time: "2026-12-05T10:00:00.000Z", reviewer: "ana",
                               action: .verdict(item: "ad0b71402e9cc582", verdict: .bad, note: nil, reason: nil))
        let rejected = JournalEvent(seq: 2, time: "2026-12-05T10:00:01.000Z", reviewer: "ana",
                                    action: .boxDecision(item: "f16fb96e43f1806c", label: "0", accepted: true))
        let m = try XCTUnwrap(ScreenshotMetrics(ReviewSnapshot(workspace: workspace, ledgers: [CurationLedger(replaying: [bad, rejected])])))
        XCTAssertEqual(m.states, 13)
        XCTAssertEqual(m.uncoveredStates, ["Login"], "the only Login screen was judged bad")
        XCTAssertEqual(m.coverage, 12.0 / 13.0, accuracy: 1e-12)
        XCTAssertEqual([m.automatedLabels, m.humanLabels], [148, 10], "the accepted box counts as a person's")
        XCTAssertEqual(m.verification, 10.0 / 158.0, accuracy: 1e-12)
    }
}
