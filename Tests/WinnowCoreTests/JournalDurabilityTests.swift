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
