import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

/// A replayed journal's checkpoint: the next open restores the same curation state from it and
/// reads only what was appended since; a journal changed before the saved position, replaced, or a
/// damaged checkpoint is replayed from the start instead.
final class LedgerCheckpointTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() {
        folder = nil
        super.tearDown()
    }

    private var state: URL { folder.file(".winnow") }
    private var journalPath: String { folder.path(".winnow/journal.jsonl") }
    private var checkpointPath: String { folder.path(".winnow/ledger.bin") }

    private func event(_ seq: Int, _ reviewer: String, _ action: JournalAction, time: String? = nil) -> JournalEvent {
        JournalEvent(seq: seq, time: time ?? "2026-11-22T05:00:\(seq < 10 ? "0" : "")\(seq % 60).000Z", reviewer: reviewer, action: action)
    }

    private func verdict(_ item: String, _ v: Verdict, note: String? = nil, reason: String? = nil) -> JournalAction {
        .verdict(item: item, verdict: v, note: note, reason: reason)
    }

    /// Every kind of event, undos and redos across reviewers, a time in another form, and two bad lines.
    private var everyKind: [String] {
        [
            event(1, "ana", verdict("a", .good)),
            event(2, "ana", verdict("b", .bad, note: "blurry \"edge\"", reason: "occluded")),
            event(3, "bo", .batchVerdict(items: ["c", "d"], verdict: .skip, note: "later")),
            event(4, "bo", .boxSet(item: "a", label: "0", box: BoundingBox(x: 1.5, y: 2, width: 3, height: 4), category: "link")),
            event(5, "ana", .note(item: "a", text: "é 漢 tab\tend")),
            event(6, "ana", .flag(item: "b", on: true)),
            event(7, "ana", .auditSample(tier: "low", seed: 42, items: ["a", "b"])),
            event(8, "ana", .undo(target: 2)),
            event(9, "bo", .undo(target: 1)),
            event(10, "ana", .redo(target: 2)),
            event(11, "bo", .forget(items: ["d"])),
            event(12, "ana", .boxDelete(item: "a", label: "1"), time: "yesterday"),
            event(13, "cy", .unknown(type: "future.kind", fields: JSONObject([("item", "a"), ("x", 1)]))),
            event(14, "cy", verdict("e", .good)),
        ].map { $0.line() } + ["{\"v\":1,\"seq\":15,garbled", event(16, "cy", .undo(target: 14)).line()]
    }

    private func writeJournal(_ lines: [String]) throws {
        _ = try folder.write(".winnow/journal.jsonl", text: lines.map { $0 + "\n" }.joined())
    }

    private func append(_ lines: [String]) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: journalPath))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(lines.map { $0 + "\n" }.joined().utf8))
        try handle.close()
    }

    /// Replays the journal from the start, ignoring any checkpoint: the state and the journal.
    private func fullReplay() throws -> (CurationLedger, VerdictJournal) {
        let journal = try XCTUnwrap(VerdictJournal.existing(in: state))
        var ledger = CurationLedger()
        journal.readNew(into: &ledger)
        return (ledger, journal)
    }

    /// Everything a reviewer sees of the state, item by item and reviewer by reviewer.
    private func digest(_ ledger: CurationLedger, _ journal: VerdictJournal) -> String {
        let items = ["a", "b", "c", "d", "e", "z"]
        return (ledger.events.values.map { $0.line() } + items.map { item in
            "\(item) \(String(describing: ledger.verdict(for: item))) \(ledger.history(for: item).map(\.seq)) \(ledger.notes(for: item))"
                + " \(ledger.isFlagged(item)) \(ledger.hasEdits(item)) \(ledger.latestVerdicts(for: item).map { "\($0.reviewer)=\($0.verdict)" })"
        } + ["ana", "bo", "cy"].map { "\($0): undo \(String(describing: ledger.nextUndo(for: $0))) redo \(String(describing: ledger.nextRedo(for: $0)))" }
            + ["undone \(ledger.undone.sorted()) forgotten \(ledger.forgotten.sorted()) unknown \(ledger.unknownEvents)",
               "audit \(String(describing: ledger.auditSample(tier: "low")))",
               "journal last \(journal.lastSeq) problems \(journal.problems.map(\.text))"]).joined(separator: "\n")
    }

    private func saveCheckpoint() throws {
        let (ledger, journal) = try fullReplay()
        LedgerCheckpoint.save(ledger, journal: journal)
        BackgroundWrites.wait()
        XCTAssertTrue(FileManager.default.fileExists(atPath: checkpointPath))
    }

    func testARestoredLedgerIsTheReplayedOneAndReadsWhatCameAfter() throws {
        try writeJournal(everyKind)
        try saveCheckpoint()
        let (replayed, replayedJournal) = try fullReplay()
        XCTAssertEqual(replayedJournal.problems.count, 2, "the garbled line and the unknown type")
        let journal = try XCTUnwrap(VerdictJournal.existing(in: state))
        let restored = try XCTUnwrap(LedgerCheckpoint.restore(journal))
        XCTAssertEqual(digest(restored, journal), digest(replayed, replayedJournal))
        XCTAssertEqual(journal.readNew().count, 0, "the journal goes on from the checkpoint")

        try append([event(17, "ana", .undo(target: 5)).line(), event(18, "bo", verdict("z", .bad)).line(), "{\"v\":1,\"seq\":3,"])
        let reopened = try XCTUnwrap(VerdictJournal.existing(in: state))
        let resumed = CurationLedger(replaying: reopened)
        let (whole, wholeJournal) = try fullReplay()
        XCTAssertEqual(digest(resumed, reopened), digest(whole, wholeJournal))
        XCTAssertEqual(resumed.verdict(for: "z")?.verdict, .bad)
        XCTAssertEqual(reopened.problems.last?.location, journalPath + ":19", "line numbers go on from the checkpoint")
        let next = try reopened.append(verdict("a", .bad), reviewer: "ana", time: "2026-11-22T06:00:00.000Z")
        XCTAssertEqual(next.written.seq, 19)
    }

    /// A journal changed before the saved position, put in place of another, or cut shorter is
    /// not the one the checkpoint read; a damaged checkpoint never restores.
    func testAChangedOrReplacedJournalOrADamagedCheckpointIsReplayedFromTheStart() throws {
        try writeJournal(everyKind)
        try saveCheckpoint()
        let good = try Data(contentsOf: URL(fileURLWithPath: checkpointPath))
        var damaged: [(String, () throws -> Void)] = [
            ("a byte changed before the position", {
                try self.writeJournal(self.everyKind.map { $0.replacingOccurrences(of: "\"ana\"", with: "\"anb\"") })
            }),
            ("cut shorter", { try self.writeJournal(Array(self.everyKind.dropLast(3))) }),
            ("a byte changed in the middle, in a new file", {
                let bytes = try Data(contentsOf: URL(fileURLWithPath: self.journalPath))
                try FileManager.default.removeItem(atPath: self.journalPath)
                try Data(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "blurry", with: "blurrx").utf8)
                    .write(to: URL(fileURLWithPath: self.journalPath))
            }),
        ]
        for cut in [1, good.count / 3, good.count - 9] {
            damaged.append(("checkpoint cut at \(cut)", { try good.prefix(cut).write(to: URL(fileURLWithPath: self.checkpointPath)) }))
        }
        damaged.append(("a flipped bit in a record's time", {
            var bytes = [UInt8](good)
            bytes[bytes.count - 10] ^= 1
            try Data(bytes).write(to: URL(fileURLWithPath: self.checkpointPath))
        }))
        // Forged with a good checksum: the last record (seq, time, reviewer, item, verdict, detail: one zig-zag byte each but time).
        let forgeries: [(String, [(fromEnd: Int, value: UInt8)])] = [
            ("naming reviewer 63 of 3", [(4, 0x7e)]), ("naming item -2", [(3, 3)]),
            ("a plain verdict that keeps its detail", [(2, 0)]), ("a plain verdict about no item", [(2, 0), (1, 1)]),
        ]
        for (name, changes) in forgeries {
            damaged.append(("the last record \(name), its checksum made good", {
                var body = [UInt8](good.dropLast(4))
                for change in changes { body[body.count - change.fromEnd] = change.value }
                let sum = CRC32.checksum(body)
                try Data(body + withUnsafeBytes(of: sum.littleEndian, Array.init)).write(to: URL(fileURLWithPath: self.checkpointPath))
            }))
        }
        for (name, damage) in damaged {
            try writeJournal(everyKind)
            try good.write(to: URL(fileURLWithPath: checkpointPath))
            XCTAssertNotNil(LedgerCheckpoint.restore(try XCTUnwrap(VerdictJournal.existing(in: state))), name)
            try damage()
            let journal = try XCTUnwrap(VerdictJournal.existing(in: state))
            XCTAssertNil(LedgerCheckpoint.restore(journal), name)
            let (whole, wholeJournal) = try fullReplay()
            let opened = try XCTUnwrap(VerdictJournal.existing(in: state))
            XCTAssertEqual(digest(CurationLedger(replaying: opened), opened), digest(whole, wholeJournal), name)
        }
    }

    /// A journal moved with its folder is replayed from its start (the checkpoint's problems name
    /// the old place), so its problems name where it is now.
    func testAMovedJournalsProblemsNameItsNewPlace() throws {
        try writeJournal(everyKind)
        try saveCheckpoint()
        let moved = try TemporaryFolder()
        try FileManager.default.removeItem(at: moved.url)
        try FileManager.default.moveItem(at: folder.url, to: moved.url)
        defer { try? FileManager.default.moveItem(at: moved.url, to: folder.url) }
        XCTAssertNil(LedgerCheckpoint.restore(try XCTUnwrap(VerdictJournal.existing(in: moved.file(".winnow")))))
        let journal = try XCTUnwrap(VerdictJournal.existing(in: moved.file(".winnow")))
        _ = CurationLedger(replaying: journal)
        XCTAssertEqual(journal.problems.map(\.location), [":13", ":15"].map { moved.path(".winnow/journal.jsonl") + $0 })
    }

    /// A hand-merged journal applied out of order, an open batch, and a linked checkpoint: none is saved or read.
    func testNoCheckpointOfAnOutOfOrderJournalOrThroughALink() throws {
        try writeJournal([event(2, "ana", verdict("a", .good)).line(), event(1, "ana", verdict("b", .good)).line()])
        var ledger = CurationLedger()
        ledger.apply(event(2, "ana", verdict("a", .good)))
        ledger.apply(event(1, "ana", verdict("b", .good)))
        LedgerCheckpoint.save(ledger, journal: try XCTUnwrap(VerdictJournal.existing(in: state)))
        BackgroundWrites.wait()
        XCTAssertFalse(FileManager.default.fileExists(atPath: checkpointPath))

        try writeJournal(everyKind)
        try saveCheckpoint()
        try FileManager.default.moveItem(atPath: checkpointPath, toPath: folder.path("elsewhere.bin"))
        try FileManager.default.createSymbolicLink(atPath: checkpointPath, withDestinationPath: folder.path("elsewhere.bin"))
        XCTAssertNil(LedgerCheckpoint.restore(try XCTUnwrap(VerdictJournal.existing(in: state))))
    }

    /// A session whose open replayed at least `minimumBytes` leaves a checkpoint that the next
    /// replay starts from; a shorter replay leaves none.
    func testALongReplayLeavesACheckpoint() throws {
        let dataset = Dataset(source: folder.url, root: folder.url, format: .screenshots, items: [], issues: [])
        let workspace = Workspace(root: folder.url, datasets: [dataset], issues: [], qualifyIDs: false)
        try writeJournal(everyKind)
        XCTAssertFalse(CurationLedger(replaying: try XCTUnwrap(VerdictJournal.existing(in: state))).checkpointDue)
        _ = CurationSession(workspace: workspace, reviewer: "ana")
        BackgroundWrites.wait()
        XCTAssertFalse(FileManager.default.fileExists(atPath: checkpointPath))

        let count = LedgerCheckpoint.minimumBytes / 120
        try writeJournal((1...count).map { event($0, "ana", verdict("item\($0 % 1000)", .good)).line() })
        let first = try XCTUnwrap(CurationSession(workspace: workspace, reviewer: "ana").ledgers.first)
        BackgroundWrites.wait()
        XCTAssertTrue(FileManager.default.fileExists(atPath: checkpointPath))
        let journal = try XCTUnwrap(VerdictJournal.existing(in: state))
        let restored = try XCTUnwrap(LedgerCheckpoint.restore(journal))
        XCTAssertEqual(restored.events.count, count)
        XCTAssertEqual(restored.nextUndo(for: "ana")?.seq, count)
        XCTAssertEqual(restored.verdict(for: "item7")?.seq, first.verdict(for: "item7")?.seq)
    }
}
