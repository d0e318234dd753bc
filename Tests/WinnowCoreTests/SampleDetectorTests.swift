import Foundation
import WinnowSamples
import WinnowTestSupport
import XCTest

@testable import WinnowCore

/// The simulated detector bundled with the sample screens: the committed file is what the
/// generator writes, and each mistake planted in it surfaces in the queue meant for it.
final class SampleDetectorTests: XCTestCase {
    private let screens = RealData.packageRoot.appendingPathComponent("SampleDatasets/screens")

    func testTheCommittedOutputIsWhatTheGeneratorWrites() throws {
        let committed = try String(contentsOf: screens.appendingPathComponent(SampleWriter.detectorPath), encoding: .utf8)
        XCTAssertEqual(committed, try SampleWriter.simulatedDetector().json)
    }

    func testEachPlantedMistakeLandsInItsQueue() throws {
        let mistakes = try SampleWriter.simulatedDetector().mistakes
        XCTAssertEqual(Dictionary(grouping: mistakes, by: \.kind).mapValues(\.count),
                       [.missedSmallBox: 16, .classSwap: 3, .looseBox: 6, .hallucination: 3])
        let source = PredictionSource(argument: screens.appendingPathComponent(SampleWriter.detectorPath).path)
        let workspace = try WorkspaceLoader.load(path: screens.path, options: ReadOptions(predictions: PredictionOptions(sources: [source])))
        XCTAssertEqual(try workspace.datasets.element(0).issues.filter { $0.code.hasPrefix("predictions") }, [])
        let entries = QueueEntry.entries(items: workspace.items, ledgers: [CurationLedger()], datasetOfItem: workspace.datasetIndexOfItem,
                                         thresholds: .standard)
        let queue = { (name: QueueName) in Set(ReviewQueue.order(name, entries).map { workspace.items[$0].localID }) }
        for mistake in mistakes {
            let item = try XCTUnwrap(workspace.items.first { $0.localID == mistake.imageID })
            let outcomes = item.modelComparison
            let predicted = { (o: ModelDisagreement) in o.prediction.map { item.modelOutput!.boxes[$0].bbox } == mistake.box }
            switch mistake.kind {
            case .hallucination:
                XCTAssertTrue(outcomes.contains { $0.kind == .falsePositive && predicted($0) }, "\(mistake)")
                XCTAssertTrue(queue(.missed).contains(mistake.imageID))
            case .classSwap:
                let swap = try XCTUnwrap(outcomes.first { $0.kind == .wrongClass && predicted($0) }, "\(mistake)")
                XCTAssertEqual(item.labels.first { $0.id == swap.label }?.category, mistake.category)
                XCTAssertTrue(queue(.wrongClass).contains(mistake.imageID))
            case .looseBox:
                XCTAssertTrue(outcomes.contains { $0.kind == .poorPlacement && predicted($0) }, "\(mistake)")
                XCTAssertTrue(queue(.placement).contains(mistake.imageID))
            case .missedSmallBox:
                let missed = outcomes.filter { $0.kind == .missed }.compactMap { o in item.labels.first { $0.id == o.label } }
                XCTAssertTrue(missed.contains { $0.category == mistake.category && $0.bbox!.iou(mistake.box) > 0.3 }, "\(mistake)")
                XCTAssertTrue(queue(.modelDisagrees).contains(mistake.imageID))
            }
        }
        XCTAssertEqual(ReviewQueue.order(.modelDisagrees, entries).map { entries[$0].confidence! },
                       ReviewQueue.order(.modelDisagrees, entries).map { entries[$0].confidence! }.sorted(), "worst first")
    }
}
