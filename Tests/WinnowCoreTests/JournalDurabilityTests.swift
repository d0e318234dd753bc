import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

/// Durability itself, which a `kill -9` cannot see (the page cache outlives the process): the
/// journal syncs once per append or batch, after its bytes are written, and a sync that fails
/// (EIO) fails the append, advances nothing and leaves no line.
final class JournalDurabilityTests: XCTestCase {
    private let time = "2026-12-05T10:00:00.000Z"
    private func verdict(_ item: String) -> JournalAction { .verdict(item: item, verdict: .good, note: nil, reason: nil) }

    func testOneSyncPerAppendAfterItsBytesAreWritten() throws {
        let folder = try TemporaryFolder()
        let journal = try VerdictJournal(creatingIn: folder.url)
        var sizesAtSync: [Int] = []
        journal.syncFile = { fd in
            sizesAtSync.append(SystemCalls.size(fd))
            return SystemCalls.sync(fd)
        }
        _ = try journal.append([verdict("a")], reviewer: "ana", time: time)
        let afterOne = try Data(contentsOf: journal.url).count
        _ = try journal.append([verdict("b"), verdict("c"), verdict("d")], reviewer: "ana", time: time)
        let afterBatch = try Data(contentsOf: journal.url).count
        XCTAssertEqual(sizesAtSync, [afterOne, afterBatch], "one sync each, with the whole append already in the file")
    }

    func testAFailingSyncFailsTheAppendAndLeavesNothing() throws {
        let folder = try TemporaryFolder()
        let journal = try VerdictJournal(creatingIn: folder.url)
        _ = try journal.append([verdict("a")], reviewer: "ana", time: time)
        let before = try Data(contentsOf: journal.url)
        journal.syncFile = { _ in
            errno = EIO
            return false
        }
        XCTAssertThrowsError(try journal.append([verdict("b"), verdict("c")], reviewer: "ana", time: time)) { error in
            XCTAssertEqual(error as? JournalError, .cannotWrite(journal.url.path, SystemCalls.describe(EIO)))
        }
        XCTAssertEqual(journal.lastSeq, 1, "the sequence did not advance")
        XCTAssertEqual(try Data(contentsOf: journal.url), before, "the unacknowledged lines were cut back")
        journal.syncFile = SystemCalls.sync
        XCTAssertEqual(try journal.append([verdict("b")], reviewer: "ana", time: time).written.map(\.seq), [2])
    }
}

/// A batch cut short by `kill -9` (its header and only some of its events on disk) is reported and
/// skipped whole on replay; the batches around it read as usual.
final class IncompleteBatchTests: XCTestCase {
    private let time = "2026-12-05T10:00:00.000Z"

    func testABatchCutShortIsSkippedWholeAndReported() throws {
        let folder = try TemporaryFolder()
        let journal = try VerdictJournal(creatingIn: folder.url)
        let batch = (0..<4).map { JournalAction.verdict(item: "i\($0)", verdict: .good, note: nil, reason: nil) }
        _ = try journal.append(batch, reviewer: "ana", time: time)
        var lines = try String(contentsOf: journal.url, encoding: .utf8).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 5, "a header and four events")
        lines.removeLast(2)  // the writer was killed after two of its four events
        try (lines.joined(separator: "\n") + "\n").write(to: journal.url, atomically: false, encoding: .utf8)

        let reopened = try XCTUnwrap(VerdictJournal.existing(in: folder.url))
        XCTAssertEqual(reopened.readNew().map(\.seq), [], "no part of the batch is applied")
        XCTAssertEqual(reopened.problems.map(\.text), ["\(journal.url.path):1: a batch of 4 events ends after 2 (its writer stopped); none of it applied"])
        let (_, written) = try reopened.append([.undo(target: 1), .redo(target: 1)], reviewer: "bo", time: time)
        XCTAssertEqual(written.map(\.seq), [1, 2], "numbering goes on after what was applied")
        let again = try XCTUnwrap(VerdictJournal.existing(in: folder.url))
        XCTAssertEqual(again.readNew().map(\.action.typeName), ["undo", "redo"])
        XCTAssertEqual(again.problems.count, 1)
    }

    /// Cut right after its header: the next single verdict must not be taken for the cut batch's
    /// first event (and then dropped with it); it carries a header of its own.
    func testAVerdictAfterABatchCutAtItsHeaderIsApplied() throws {
        let folder = try TemporaryFolder()
        try folder.write(VerdictJournal.fileName, text: JournalBatchHeader(count: 4, first: 1).line + "\n")
        let journal = try XCTUnwrap(VerdictJournal.existing(in: folder.url))
        let (_, written) = try journal.append([.verdict(item: "a", verdict: .good, note: nil, reason: nil)], reviewer: "ana", time: time)
        XCTAssertEqual(written.map(\.seq), [1])
        let again = try XCTUnwrap(VerdictJournal.existing(in: folder.url))
        XCTAssertEqual(again.readNew().map(\.action.item), ["a"])
        XCTAssertEqual(again.problems.map(\.message), ["a batch of 4 events ends after 0 (its writer stopped); none of it applied"])
    }
}
