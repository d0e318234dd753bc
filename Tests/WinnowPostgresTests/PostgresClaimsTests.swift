import Foundation
import Synchronization
import WinnowCore
import WinnowTestSupport
import XCTest
@testable import WinnowPostgres

/// Triage claims as database rows: reviewers on any machine are never handed the same item, and a
/// crashed reviewer's lease runs out.
final class PostgresClaimsTests: XCTestCase {
    private func claims(_ database: ServerDatabase) throws -> PostgresClaims {
        _ = try PostgresJournalStores(connectionString: database.url)  // the tables
        return PostgresClaims(connection: try PostgresConnection(database.url), workspace: "screens")
    }

    /// Fifty reviewers at once, each taking the first item of the same queue that it can claim.
    func testFiftyReviewersInOneQueueNeverGetTheSameItem() throws {
        let database = try ServerDatabase()
        _ = try claims(database)
        let queue = (0..<80).map { "item-\($0)" }
        let server = database.url
        let taken = Mutex<[String]>([])
        let group = DispatchGroup()
        for reviewer in 0..<50 {
            group.enter()
            Thread.detachNewThread {
                defer { group.leave() }
                guard let connection = try? PostgresConnection(server) else { return }
                let mine = PostgresClaims(connection: connection, workspace: "screens")
                if let item = queue.first(where: { mine.claim(item: $0, reviewer: "r\(reviewer)") }) {
                    taken.withLock { $0.append(item) }
                }
            }
        }
        group.wait()
        let items = taken.withLock { $0 }
        XCTAssertEqual(items.count, 50)
        XCTAssertEqual(Set(items).count, 50, "an item was handed to two reviewers")
        XCTAssertEqual(database.query("SELECT count(*) FROM winnow_claims WHERE expires > now()"), "50")
    }

    func testAClaimHoldsUntilReleasedOrItsLeaseRunsOut() throws {
        let database = try ServerDatabase()
        let ana = try claims(database)
        let bo = try claims(database)
        XCTAssertTrue(ana.claim(item: "a", reviewer: "ana"))
        XCTAssertTrue(ana.claim(item: "a", reviewer: "ana"), "claiming again renews")
        XCTAssertFalse(bo.claim(item: "a", reviewer: "bo"))
        XCTAssertEqual(bo.isClaimedByOther("a"), "ana")
        XCTAssertNil(ana.isClaimedByOther("a"))
        ana.release(item: "a")
        XCTAssertTrue(bo.claim(item: "a", reviewer: "bo"))
        XCTAssertEqual(bo.heldItems, ["a"])

        // Ana's machine crashes holding b; once her lease has run out (made to here), bo takes it.
        XCTAssertTrue(ana.claim(item: "b", reviewer: "ana"))
        XCTAssertFalse(bo.claim(item: "b", reviewer: "bo"))
        database.query("UPDATE winnow_claims SET expires = now() - interval '1 second' WHERE item = 'b'")
        XCTAssertTrue(bo.claim(item: "b", reviewer: "bo"))
        ana.refresh()
        XCTAssertEqual(ana.isClaimedByOther("b"), "bo", "a late renewal does not take it back")
    }
}
