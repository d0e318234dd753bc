import Foundation
import Synchronization
import WinnowCore
import WinnowTestSupport
import XCTest
@testable import WinnowPostgres

/// The journal in PostgreSQL keeps the file journal's guarantees: batches whole, numbered by the
/// database without gaps, read back by others, bad rows reported, schemas versioned.
final class PostgresJournalStoreTests: XCTestCase {
    private static func verdicts(_ items: [String], _ verdict: Verdict = .good) -> [JournalAction] {
        items.map { .verdict(item: $0, verdict: verdict, note: nil, reason: nil) }
    }

    private func store(_ database: ServerDatabase, _ dataset: String = "screens") throws -> JournalStore {
        try XCTUnwrap(PostgresJournalStores(connectionString: database.url).existing(in: URL(fileURLWithPath: "/unused"), dataset: dataset))
    }

    func testThePostgreSQLStoreKeepsTheContract() throws {
        let database = try ServerDatabase()
        try JournalStoreContract.verify(try PostgresJournalStores(connectionString: database.url))
    }

    func testBatchesAreNumberedByTheDatabaseAndEachWriterSeesTheOthers() throws {
        let database = try ServerDatabase()
        let ana = try store(database)
        let bo = try store(database)
        let first = try ana.append(Self.verdicts(["a", "b", "c"]), reviewer: "ana", time: "2026-12-05T10:00:00.000Z")
        XCTAssertEqual(first.written.map(\.seq), [1, 2, 3])
        let second = try bo.append(Self.verdicts(["a"], .bad), reviewer: "bo", time: "2026-12-05T10:00:01.000Z")
        XCTAssertEqual(second.earlier.map(\.seq), [1, 2, 3], "bo is given ana's batch before his own")
        XCTAssertEqual(second.written.map(\.seq), [4])
        XCTAssertEqual(ana.readNew().map(\.seq), [4])
        XCTAssertEqual(ana.lastSeq, 4)
        XCTAssertEqual(bo.events(after: 2).map(\.seq), [3, 4])
        XCTAssertEqual(try store(database, "other").readNew(), [], "datasets do not share events")
        XCTAssertEqual(try store(database).readNew().map(\.reviewer), ["ana", "ana", "ana", "bo"])
    }

    /// Four processes' worth of connections appending at once never share or skip a number.
    func testConcurrentWritersLeaveGapFreeNumbers() throws {
        let database = try ServerDatabase()
        let server = database.url
        let failed = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 4) { writer in
            for round in 0..<25 {
                do {
                    let stores = try PostgresJournalStores(connectionString: server)
                    let store = stores.existing(in: URL(fileURLWithPath: "/unused"), dataset: "screens")
                    _ = try store?.append(Self.verdicts(["w\(writer)-\(round)", "x"]), reviewer: "r\(writer)", time: "2026-12-05T10:00:00.000Z")
                } catch {
                    failed.withLock { $0.append("\(error)") }
                }
            }
        }
        XCTAssertEqual(failed.withLock { $0 }, [])
        let all = try store(database).readNew()
        XCTAssertEqual(all.map(\.seq), Array(1...200))
        XCTAssertEqual(Set(all.compactMap(\.action.item)).count, 101)
    }

    func testAFreshDatabaseGetsItsTablesAndANewerSchemaIsRefused() throws {
        let database = try ServerDatabase()
        let created = try PostgresJournalStores(connectionString: database.url)
        XCTAssertEqual(created.notes, ["created Winnow's journal tables (schema version 1) in \(created.location)"])
        XCTAssertEqual(try PostgresJournalStores(connectionString: database.url).notes, [])
        database.query("UPDATE winnow_meta SET value = '2' WHERE key = 'schema_version'")
        XCTAssertThrowsError(try PostgresJournalStores(connectionString: database.url)) { error in
            XCTAssertTrue("\(error)".contains("the journal tables are schema version 2, from a newer Winnow; this Winnow knows version 1"), "\(error)")
        }
    }

    /// A row whose line no longer matches its checksum is reported and skipped; the rest read.
    func testARowWithABadChecksumIsReportedAndSkipped() throws {
        let database = try ServerDatabase()
        let writer = try store(database)
        _ = try writer.append(Self.verdicts(["a", "b", "c"]), reviewer: "ana", time: "2026-12-05T10:00:00.000Z")
        database.query(#"UPDATE winnow_events SET line = replace(line, '"b"', '"B"') WHERE seq = 2"#)
        let reader = try store(database)
        XCTAssertEqual(reader.readNew().map(\.seq), [1, 3])
        XCTAssertEqual(reader.problems.map(\.code), ["journal.bad-line"])
        XCTAssertTrue(try reader.problems.element(0).text.contains("row 2:"), reader.problems.shown(0))
    }

    /// A wrong password is named as such, and the password given is never shown.
    func testAWrongPasswordSaysSoWithoutShowingIt() throws {
        let database = try ServerDatabase()
        let wrong = database.url.replacingOccurrences(of: #":[^:@/]+@"#, with: ":Sekr1t-wrong@", options: .regularExpression)
        XCTAssertNotEqual(wrong, database.url)
        XCTAssertThrowsError(try PostgresJournalStores(connectionString: wrong)) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("password authentication failed"), text)
            XCTAssertFalse(text.contains("Sekr1t"), text)
        }
    }

    /// Curation runs unchanged on the database: a verdict recorded in one session is replayed by the next.
    func testASessionRecordsAndTheNextReplays() throws {
        let database = try ServerDatabase()
        let item = ReviewItem(id: "a", kind: .screenshot, path: "a.png", imageURL: nil, width: 4, height: 4, labels: [])
        let dataset = Dataset(source: URL(fileURLWithPath: "/data/screens"), root: URL(fileURLWithPath: "/data/screens"), format: .screenshots,
                              items: [item], issues: [])
        let workspace = Workspace(root: dataset.root, datasets: [dataset], issues: [], qualifyIDs: false)
        let stores = try PostgresJournalStores(connectionString: database.url)
        let session = CurationSession(workspace: workspace, reviewer: "ana", stores: stores)
        _ = try session.record(.verdict(item: "a", verdict: .bad, note: "wrong box", reason: nil), inDataset: 0)
        let next = CurationSession(workspace: workspace, reviewer: "bo", stores: try PostgresJournalStores(connectionString: database.url))
        XCTAssertEqual(next.ledgers.first?.verdict(for: "a")?.verdict, .bad)
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/data/screens/.winnow"), "no file journal is written")
    }

    /// Another connection's commit is pushed (LISTEN/NOTIFY): the store is woken without polling,
    /// once per notification, and only for its own dataset.
    func testAnotherWritersCommitWakesTheStore() throws {
        let database = try ServerDatabase()
        let watcher = try store(database)
        XCTAssertFalse(watcher.takeWakeUp())
        let other = try store(database, "other")
        _ = try other.append(Self.verdicts(["z"]), reviewer: "bo", time: "2026-12-05T10:00:00.000Z")
        _ = try store(database).append(Self.verdicts(["a"]), reviewer: "bo", time: "2026-12-05T10:00:01.000Z")
        let deadline = Date().addingTimeInterval(10)
        var woken = false
        while !woken, Date() < deadline { woken = watcher.takeWakeUp() }
        XCTAssertTrue(woken, "no notification within 10 s")
        XCTAssertEqual(watcher.readNew().map(\.seq), [1])
        XCTAssertFalse(watcher.takeWakeUp(), "one wake-up per commit, and none for the other dataset")
    }

    /// With no server to reach, events wait in the dataset's spool (fsynced, numbered provisionally);
    /// the next store that reaches it sends them first, after what others wrote meanwhile, with an
    /// undo retargeted, exactly once even when the spool outlives the commit.
    func testEventsSavedOfflineAreSentOnceInOrderByTheNextStore() throws {
        let database = try ServerDatabase()
        let folder = try TemporaryFolder()
        let state = folder.url
        _ = try store(database).append(Self.verdicts(["a"]), reviewer: "ana", time: "2026-12-05T10:00:00.000Z")

        let offline = try PostgresJournalStores(connectionString: "postgresql://winnow@/nowhere?host=/nonexistent-winnow-socket")
        XCTAssertFalse(offline.isOnline)
        XCTAssertTrue(try offline.notes.element(0).contains("cannot reach the journal database"), offline.notes.shown(0))
        let away = try XCTUnwrap(offline.existing(in: state, dataset: "screens"))
        let first = try away.append(Self.verdicts(["b"], .bad), reviewer: "ana", time: "2026-12-05T10:01:00.000Z")
        _ = try away.append([.undo(target: try first.written.element(0).seq)], reviewer: "ana", time: "2026-12-05T10:02:00.000Z")
        XCTAssertEqual(away.waiting, 2)
        let spool = state.appendingPathComponent(PostgresJournalStores.spoolFileName)
        let spooled = try String(contentsOf: spool, encoding: .utf8)
        XCTAssertEqual(spooled.split(separator: "\n").count, 2)

        _ = try store(database).append(Self.verdicts(["c"]), reviewer: "bo", time: "2026-12-05T10:03:00.000Z")
        let back = try PostgresJournalStores(connectionString: database.url)
        let reader = try XCTUnwrap(back.existing(in: state, dataset: "screens"))
        XCTAssertEqual(back.notes, ["sent 2 events of screens saved on this machine while the journal database could not be reached"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: spool.path))
        let events = reader.readNew()
        XCTAssertEqual(events.map(\.seq), [1, 2, 3, 4])
        XCTAssertEqual(events.map(\.reviewer), ["ana", "bo", "ana", "ana"])
        XCTAssertEqual(try events.element(3).action, .undo(target: 3), "the undo follows its verdict to its new number")

        // The process died after the commit, before the spool was removed: nothing is sent twice.
        try spooled.write(to: spool, atomically: true, encoding: .utf8)
        let again = try PostgresJournalStores(connectionString: database.url)
        _ = again.existing(in: state, dataset: "screens")
        XCTAssertEqual(again.notes, [])
        XCTAssertEqual(database.query("SELECT count(*) FROM winnow_events"), "4")
        XCTAssertFalse(FileManager.default.fileExists(atPath: spool.path))
    }
}
