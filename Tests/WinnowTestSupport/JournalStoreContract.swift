import Foundation
import WinnowCore
import XCTest

/// What every journal store must do, checked on each (the file journal, one in memory,
/// PostgreSQL): sessions share events through it, it reads from a position without moving its
/// watch, a batch lands whole and in order, and undo and redo replay the same in another session.
public enum JournalStoreContract {
    /// `stores` is asked for every dataset of a workspace rooted in a fresh temporary folder.
    public static func verify(_ stores: JournalStoreKind, file: StaticString = #filePath, line: UInt = #line) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let workspace = Self.workspace(in: folder.url)
        let ana = CurationSession(workspace: workspace, reviewer: "ana", stores: stores)
        let bo = CurationSession(workspace: workspace, reviewer: "bo", stores: stores)
        XCTAssertTrue(ana.prepareForWriting().isEmpty, file: file, line: line)
        _ = try ana.record(.verdict(item: "a", verdict: .good, note: nil, reason: nil), inDataset: 0)
        let written = try bo.record([.verdict(item: "b", verdict: .bad, note: nil, reason: nil), .flag(item: "c", on: true)], inDataset: 0)
        XCTAssertEqual(written.suffix(2).map(\.seq), [2, 3], "after ana's event, bo's two in order", file: file, line: line)
        XCTAssertEqual(bo.ledgers.first?.verdict(for: "a")?.verdict, .good, file: file, line: line)
        XCTAssertEqual(ana.refresh().map(\.event.seq), [2, 3], "the watch hands ana bo's events", file: file, line: line)
        XCTAssertEqual(ana.ledgers.first?.verdict(for: "b")?.verdict, .bad, file: file, line: line)
        XCTAssertEqual(ana.ledgers.first?.isFlagged("c"), true, file: file, line: line)

        let batch = (0..<1000).map { JournalAction.verdict(item: ["a", "b", "c"][$0 % 3], verdict: .skip, note: "n\($0)", reason: nil) }
        let landed = try ana.record(batch, inDataset: 0)
        XCTAssertEqual(landed.suffix(1000).map(\.seq), Array(4...1003), "a batch lands whole, in order", file: file, line: line)
        let undo = try bo.record(.undo(target: 3), inDataset: 0)
        _ = try bo.record(.redo(target: try XCTUnwrap(undo.last?.seq)), inDataset: 0)
        _ = try bo.record(.undo(target: 2), inDataset: 0)

        let reopened = CurationSession(workspace: workspace, reviewer: "cy", stores: stores)
        XCTAssertEqual(reopened.journalEnd(ofDataset: 0), 1006, file: file, line: line)
        let mine = try XCTUnwrap(bo.ledgers.first), theirs = try XCTUnwrap(reopened.ledgers.first)
        XCTAssertEqual(LedgerComparison.differences(mine, theirs, items: workspace.items), [], "a replay gives the same state", file: file, line: line)
        XCTAssertEqual(theirs.verdict(for: "b")?.verdict, .skip, file: file, line: line)
        let store = try XCTUnwrap(stores.existing(in: reopened.stateDirectory(ofDataset: 0), dataset: workspace.datasets[0].name))
        XCTAssertEqual(store.events(after: 1003).map(\.seq), [1004, 1005, 1006], "read from a position", file: file, line: line)
        XCTAssertEqual(store.readNew().count, 1006, "the watch still starts from the beginning", file: file, line: line)
    }

    private static func workspace(in root: URL) -> Workspace {
        let items = ["a", "b", "c"].map {
            ReviewItem(id: $0, kind: .screenshot, path: "images/\($0).png", imageURL: root.appendingPathComponent("\($0).png"), width: 10, height: 10, labels: [])
        }
        let dataset = Dataset(source: root, root: root, format: .screenshots, items: items, issues: [])
        return Workspace(root: root, datasets: [dataset], issues: [], qualifyIDs: false)
    }
}
