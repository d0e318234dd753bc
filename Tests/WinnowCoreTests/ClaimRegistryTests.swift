import Foundation
import WinnowTestSupport
import XCTest
@testable import WinnowCore

final class ClaimRegistryTests: XCTestCase {
    private var now = Date(timeIntervalSince1970: 1_790_000_000)

    private func registry(_ folder: TemporaryFolder, ttl: TimeInterval = 60) -> ClaimRegistry {
        ClaimRegistry(stateDirectory: folder.url, ttl: ttl) { [unowned self] in self.now }
    }

    func testAnItemHeldByOneReviewerIsNotHandedToAnother() throws {
        let folder = try TemporaryFolder()
        let ana = registry(folder)
        let bo = registry(folder)
        XCTAssertTrue(ana.claim(item: "img/1.png", reviewer: "ana"))
        XCTAssertFalse(bo.claim(item: "img/1.png", reviewer: "bo"))
        XCTAssertEqual(bo.isClaimedByOther("img/1.png"), "ana")
        XCTAssertNil(ana.isClaimedByOther("img/1.png"), "our own claim is not someone else's")
        XCTAssertTrue(ana.claim(item: "img/1.png", reviewer: "ana"), "claiming again refreshes")
        XCTAssertTrue(bo.claim(item: "img/2.png", reviewer: "bo"))

        ana.release(item: "img/1.png")
        XCTAssertNil(bo.isClaimedByOther("img/1.png"))
        XCTAssertTrue(bo.claim(item: "img/1.png", reviewer: "bo"))
        XCTAssertEqual(ana.isClaimedByOther("img/1.png"), "bo")
        ana.release(item: "img/1.png")  // not ana's: stays bo's
        XCTAssertEqual(ana.isClaimedByOther("img/1.png"), "bo")

        bo.releaseAll()
        XCTAssertEqual(bo.heldItems, [])
        XCTAssertNil(ana.isClaimedByOther("img/1.png"))
        XCTAssertNil(ana.isClaimedByOther("img/2.png"))
        XCTAssertEqual(ana.notes, [])
    }

    func testClaimExpiresUnlessRefreshed() throws {
        let folder = try TemporaryFolder()
        let ana = registry(folder)
        let bo = registry(folder)
        XCTAssertTrue(ana.claim(item: "a", reviewer: "ana"))
        now += 50
        ana.refresh()
        now += 50  // 100 s after the claim, 50 after the refresh
        XCTAssertEqual(bo.isClaimedByOther("a"), "ana")
        XCTAssertFalse(bo.claim(item: "a", reviewer: "bo"))
        now += 11
        XCTAssertNil(bo.isClaimedByOther("a"))
        XCTAssertTrue(bo.claim(item: "a", reviewer: "bo"))
        XCTAssertEqual(bo.notes.count, 1)
        let note = try XCTUnwrap(bo.notes.first)  // a missing note fails this test alone
        XCTAssertTrue(note.contains("stale claim on a by ana"), note)
        XCTAssertTrue(note.contains("not refreshed for 61 s"), note)

        ana.refresh()
        XCTAssertEqual(ana.heldItems, [], "taken over after it expired")
        XCTAssertTrue(ana.notes.last?.contains("claim on a lost") ?? false)
        XCTAssertEqual(ana.isClaimedByOther("a"), "bo")
    }

    /// A claim left by a process that is gone does not wait for its expiry.
    func testClaimOfADeadProcessIsCleanedWithANote() throws {
        let folder = try TemporaryFolder()
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let ana = registry(folder)
        XCTAssertTrue(ana.claim(item: "probe", reviewer: "ana"))
        let probe = try XCTUnwrap(ItemClaim(bytes: [UInt8](try Data(contentsOf: claimFile(folder, "probe")))))
        let dead = ItemClaim(item: "a", reviewer: "ghost", pid: finished.processIdentifier, host: probe.host, time: now, session: "old")
        try folder.write("claims/\(ClaimRegistry.fileName(for: "a"))", bytes: dead.bytes)
        try folder.write("claims/\(ClaimRegistry.fileName(for: "b"))", bytes: dead.bytes)
        try folder.write("claims/\(ClaimRegistry.fileName(for: "c"))", text: "not a claim")

        let bo = registry(folder)
        XCTAssertNil(bo.isClaimedByOther("a"))
        XCTAssertTrue(bo.claim(item: "a", reviewer: "bo"))
        XCTAssertEqual(bo.notes, ["removed a stale claim on a by ghost (pid \(finished.processIdentifier) on \(probe.host) is no longer running)"])
        let cleaned = bo.removeStaleClaims()
        XCTAssertEqual(cleaned.count, 2, "\(cleaned)")
        XCTAssertTrue(cleaned.contains { $0.contains("unreadable claim file") })
        XCTAssertFalse(FileManager.default.fileExists(atPath: claimFile(folder, "b").path))
        XCTAssertEqual(bo.isClaimedByOther("probe"), "ana", "a live claim is left alone")
        XCTAssertTrue(FileManager.default.fileExists(atPath: claimFile(folder, "a").path))
    }

    /// Many registries (each its own lock descriptor, as separate processes have) race for one item.
    func testExactlyOneOfManyRacingClaimsWins() throws {
        let folder = try TemporaryFolder()
        let state = folder.url
        let wins = Wins()
        DispatchQueue.concurrentPerform(iterations: 16) { index in
            let registry = ClaimRegistry(stateDirectory: state)
            if registry.claim(item: "contested", reviewer: "r\(index)") { wins.add() }
            withExtendedLifetime(registry) {}
        }
        XCTAssertEqual(wins.count, 1)
    }

    func testFileNamesAreSafeForAnyItemID() {
        XCTAssertEqual(ClaimRegistry.fileName(for: "img/a b.png"), "img%2Fa%20b%2Epng.claim")
        XCTAssertEqual(ClaimRegistry.fileName(for: "..").hasPrefix("%2E%2E"), true)
        XCTAssertTrue(ClaimRegistry.fileName(for: String(repeating: "é", count: 200)).hasPrefix("sha256-"))
        XCTAssertNotEqual(ClaimRegistry.fileName(for: "a/b"), ClaimRegistry.fileName(for: "a%2Fb"))
    }

    private func claimFile(_ folder: TemporaryFolder, _ item: String) -> URL {
        folder.url.appendingPathComponent("claims").appendingPathComponent(ClaimRegistry.fileName(for: item))
    }
}

/// A counter the racing threads share.
private final class Wins: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    var count: Int { lock.withLock { value } }
    func add() { lock.withLock { value += 1 } }
}
