import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

/// A journal replayed while the items are read gives the session the ledger a replay after the
/// read gives, and is taken only for the state folder the session would have read itself.
final class JournalReplayAheadTests: XCTestCase {
    private var fixture: ScreenshotDatasetFixture!

    override func setUpWithError() throws {
        fixture = try ScreenshotDatasetFixture()
        for n in 1...3 { try fixture.addItem("aaaa00000000000\(n)", labels: [ScreenshotDatasetFixture.label("button", "[1,2,3,4]")]) }
        try fixture.writeManifest()
        let session = CurationSession(workspace: try workspace(ReadOptions()), reviewer: "ana")
        _ = try session.record(.verdict(item: "aaaa000000000001", verdict: .good, note: nil, reason: nil), inDataset: 0)
        _ = try session.record(.verdict(item: "aaaa000000000002", verdict: .bad, note: "blurry", reason: nil), inDataset: 0)
        _ = try session.record(.undo(target: 2), inDataset: 0)
    }

    override func tearDown() { fixture?.folder.remove() }

    private func workspace(_ options: ReadOptions) throws -> Workspace {
        let dataset = try ScreenshotDatasetReader.read(fixture.root, options: options)
        return Workspace(root: dataset.root, datasets: [dataset], issues: [], qualifyIDs: false)
    }

    private func verdicts(_ session: CurationSession) -> [Verdict?] {
        session.workspace.items.map { session.ledgers[0].standingVerdict(for: $0.localID) }
    }

    func testTheReplayStartedByTheReaderIsTheSessionsLedger() throws {
        let ahead = JournalReplayAhead(stateOverride: nil)
        var options = ReadOptions()
        nonisolated(unsafe) var placed: [URL] = []
        options.whenPlaced = { dataset in
            placed.append(dataset.root)
            ahead.start(dataset)
        }
        let session = CurationSession(workspace: try workspace(options), reviewer: "bo", replayedAhead: ahead)
        XCTAssertEqual(placed, [fixture.root])
        XCTAssertEqual(verdicts(session), [.good, nil, nil])
        XCTAssertEqual(session.journalEnd(ofDataset: 0), 3)
        XCTAssertEqual(session.ledgers[0].history(for: "aaaa000000000002").map(\.seq), [2, 3])
        // The journal taken ahead is the one the session writes to.
        _ = try session.record(.verdict(item: "aaaa000000000003", verdict: .skip, note: nil, reason: nil), inDataset: 0)
        let reopened = CurationSession(workspace: try workspace(ReadOptions()), reviewer: "bo")
        XCTAssertEqual(verdicts(reopened), [.good, nil, .skip])
    }

    func testAReplayOfAnotherStateFolderIsNotTaken() throws {
        let elsewhere = try TemporaryFolder()
        defer { elsewhere.remove() }
        let ahead = JournalReplayAhead(stateOverride: elsewhere.url)  // an empty state folder
        ahead.start(try ScreenshotDatasetReader.read(fixture.root, options: ReadOptions()))
        XCTAssertNil(ahead.take(stateDirectory: fixture.root.appendingPathComponent(".winnow")))
        let session = CurationSession(workspace: try workspace(ReadOptions()), reviewer: "bo", replayedAhead: ahead)
        XCTAssertEqual(verdicts(session), [.good, nil, nil])
    }
}
