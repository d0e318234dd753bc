import Foundation
import WinnowApp
import WinnowCore
import WinnowSamples
import WinnowTestSupport
import WinnowUI
import XCTest

/// The `A` key and `winnow audit` draw through one function, `AuditDraw`.
final class AuditDrawTests: XCTestCase {
    /// A folder of two datasets: the sample screenshots and the simulated drill runs.
    private func workspace() throws -> (TemporaryFolder, String) {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(at: RealData.packageRoot.appendingPathComponent("SampleDatasets/screens"), to: folder.file("screens"))
        try? FileManager.default.removeItem(at: folder.file("screens/.winnow"))
        _ = try SampleWriter.writeDrilling(to: folder.file("drilling"))
        return (folder, folder.url.path)
    }

    private func audits(_ session: CurationSession) -> [(dataset: Int, seed: UInt64, items: [String])] {
        session.ledgers.indices.flatMap { dataset in
            session.ledgers[dataset].events.values.compactMap { event -> (Int, UInt64, [String])? in
                guard case .auditSample(_, let seed, let items) = event.action else { return nil }
                return (dataset, seed, items)
            }
        }
    }

    func testANewDrawReplacesTheTiersSampleInEveryDatasetEvenWithoutAShare() throws {
        let (folder, path) = try workspace()
        defer { folder.remove() }
        let session = try CommonOptions(path: path, reviewer: "ana").open()
        let snapshot = ReviewSnapshot(workspace: session.workspace, ledgers: session.ledgers, thresholds: .standard)
        XCTAssertEqual(session.workspace.datasets.count, 2)
        // Seeds whose one-item sample lands in dataset 0, then in dataset 1.
        let seeds = (0..<200).map(UInt64.init)
        let inFirst = try XCTUnwrap(seeds.first { AuditDraw(snapshot, tier: .high, count: 1, seed: $0)!.actions.map(\.dataset) == [0] })
        let inSecond = try XCTUnwrap(seeds.first { AuditDraw(snapshot, tier: .high, count: 1, seed: $0)!.actions.map(\.dataset) == [1] })
        for action in AuditDraw(snapshot, tier: .high, count: 1, seed: inFirst)!.actions {
            _ = try session.record(action.action, inDataset: action.dataset)
        }
        let after = ReviewSnapshot(workspace: session.workspace, ledgers: session.ledgers, thresholds: .standard)
        let second = try XCTUnwrap(AuditDraw(after, tier: .high, count: 1, seed: inSecond))
        XCTAssertEqual(second.actions.map(\.dataset), [0, 1], "dataset 0 gets an empty share so its old sample goes")
        XCTAssertEqual(second.actions.first.map { $0.action }, .auditSample(tier: "high", seed: inSecond, items: []))
    }

    func testTheAKeyDrawsWhatWinnowAuditDrawsWithTheSameSeed() throws {
        let (folder, path) = try workspace()
        defer { folder.remove() }
        var options = CommonOptions(path: path, reviewer: "ana")
        options.startQueue = .high
        let terminal = RecordingTerminal(size: TerminalSize(width: 120, height: 36), script: [.key(.char("A"))])
        let state = try XCTUnwrap(try Workstation(device: terminal, keymap: try Appearance.keymap(nil), theme: try Appearance.theme("mono")).run(options))
        XCTAssertEqual(state.queueName, .audit)
        let session = try CommonOptions(path: path, reviewer: "bo").open()
        let drawn = audits(session)
        let seed = try XCTUnwrap(drawn.first?.seed)
        XCTAssertTrue(drawn.allSatisfy { $0.seed == seed })
        let snapshot = ReviewSnapshot(workspace: session.workspace, ledgers: session.ledgers, thresholds: .standard)
        let again = try XCTUnwrap(AuditDraw(snapshot, tier: .high, count: drawn.map(\.items.count).reduce(0, +), seed: seed))
        XCTAssertEqual(again.actions.map(\.dataset), drawn.map(\.dataset))
        XCTAssertEqual(again.actions.map(\.action), drawn.map { JournalAction.auditSample(tier: "high", seed: seed, items: $0.items) })
    }
}
