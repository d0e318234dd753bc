import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

/// The bundled text samples: every file read as one folder, and each deliberately wrong span
/// prediction classed as it was planted.
final class SampleTextTests: XCTestCase {
    private let folder = RealData.packageRoot.appendingPathComponent("SampleDatasets/text")

    func testTheFolderReadsAsOneTextDataset() throws {
        let dataset = try WorkspaceLoader.load(path: folder.path, options: ReadOptions()).datasets.element(0)
        XCTAssertEqual(dataset.format, .text)
        XCTAssertEqual(dataset.issues, [])
        XCTAssertEqual(Dictionary(grouping: dataset.items) { $0.id.split(separator: "/")[0] }.mapValues(\.count),
                       ["chat": 6, "corrections": 1, "intents": 10, "entities": 4])
        let corrected = try XCTUnwrap(dataset.items.first { $0.id == "corrections/corr_001" })
        XCTAssertEqual(corrected.textContent?.response, "The capital of Australia is Canberra.")
        let luigi = try XCTUnwrap(dataset.items.first { $0.id == "intents/int_10" })
        XCTAssertEqual(luigi.labels.compactMap { $0.span?.text(in: luigi.textContent!.text!) }, ["Luigi's", "Rome", "next Tuesday"])
        XCTAssertEqual(luigi.readIssues, [])
    }

    func testEachWrongSpanPredictionIsClassedAsPlanted() throws {
        let source = PredictionSource(argument: folder.appendingPathComponent("predictions/entities.conll").path)
        let items = try WorkspaceLoader.load(path: folder.appendingPathComponent("entities.conll").path,
                                             options: ReadOptions(predictions: PredictionOptions(sources: [source]))).items
        let kinds = items.map { item in
            item.disagreements.map { d in "\(d.kind.rawValue) \(d.label.flatMap { id in item.labels.first { $0.id == id }?.category } ?? d.prediction.flatMap(item.predictedCategory) ?? "")" }
        }
        XCTAssertEqual(kinds, [["class location", "fn corporation"], ["loc product"], [], ["fp product"]])
        XCTAssertEqual(items.map { $0.confidence! }, [0.5 * 0.7, 0.75, 1, 0.5])
    }
}
