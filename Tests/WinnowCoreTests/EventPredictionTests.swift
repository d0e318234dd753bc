import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

/// A trained model's drill-run events (`--predictions CSV`): read beside the runs, evaluated
/// against the events as they stand (MAE, within 0.5 and 1 mm, per fold), and a queue of the runs
/// where model and labels differ most.
final class EventPredictionTests: XCTestCase {
    private func run(_ name: String, _ events: [(SignalEventType, Double)]) -> ReviewItem {
        let labels = events.map { type, mm in
            Label(id: type.rawValue, category: type.rawValue, bbox: nil, confidence: 0.9, source: "auto", verified: false,
                  event: SignalEventPosition(type: type, sample: 0, positionMM: mm))
        }
        return ReviewItem(id: name, kind: .signal, path: name, imageURL: nil, width: 0, height: 0, labels: labels,
                          signal: SignalRun(channels: [], sampleRate: 100, firmwareVersion: 9, metadata: JSONObject()))
    }

    private var dataset: Dataset {
        let root = URL(fileURLWithPath: "/tmp/runs")
        return Dataset(source: root, root: root, format: .signals, items: [
            run("A_ST_1_1.xls", [(.entry, 4.0), (.transition, 9.0), (.exit, 13.0)]),
            run("A_ST_1_2.xls", [(.entry, 4.0), (.transition, 9.0), (.exit, 13.0)]),
            run("B_ST_2_1.xls", [(.entry, 4.0), (.exit, 12.0)]),
        ], issues: [])
    }

    func testTheCSVIsReadBesideTheRunsWithItsProblemsByLine() throws {
        let folder = try TemporaryFolder()
        try folder.write("model.csv", text: """
            file,entry_mm,transition_mm,exit_mm,confidence,exit_confidence
            A_ST_1_1.xls,4.1,9.3,13.0,0.9,0.5
            A_ST_1_2.xls,4.0,,14.5,,
            B_ST_2_1.xls,4.2,10.0,12.1,1.5,
            NOPE.xls,1,2,3,,
            A_ST_1_1.xls,x,,,,

            """)
        let attached = try PredictionLoader.attach(PredictionOptions(sources: [PredictionSource(argument: "net=" + folder.path("model.csv"))]), to: dataset)
        XCTAssertEqual(attached.issues.map(\.text), ["model.csv:5: no run named NOPE.xls in the dataset", "model.csv:6: not a number: entry_mm 'x'"])
        let first = try XCTUnwrap(attached.items.element(0).predictedEvents)
        XCTAssertEqual(first.map(\.model), ["net", "net", "net"])
        XCTAssertEqual(first.map(\.confidence), [0.9, 0.9, 0.5], "a per-event confidence wins over the row's")
        XCTAssertEqual(try attached.items.element(1).predictedEvents?.map(\.type), [.entry, .exit], "an empty cell: no such event")
        XCTAssertNil(try attached.items.element(2).predictedEvents?.first?.confidence, "1.5 is not a confidence")

        XCTAssertEqual(try XCTUnwrap(attached.items.element(0).eventDisagreementMM), 0.3, accuracy: 1e-9)
        XCTAssertEqual(attached.items.dropFirst().map { $0.eventDisagreementMM }, [.infinity, .infinity], "an event only one side has")
        let entries = QueueEntry.entries(items: attached.items, ledgers: [CurationLedger()], datasetOfItem: [0, 0, 0], thresholds: .standard)
        XCTAssertEqual(ReviewQueue.order(.modelDisagrees, entries), [1, 2], "the runs with an event one side lacks; 0.3 mm agrees")

        let evaluation = EventEvaluation(items: attached.items, model: "net")
        XCTAssertEqual(evaluation.runs, 3)
        let all = try XCTUnwrap(evaluation.rows.last)
        XCTAssertEqual(all.scope, "all")
        XCTAssertEqual(all.pairs, 7)
        XCTAssertEqual(try XCTUnwrap(all.meanAbsoluteErrorMM), (0.1 + 0.3 + 0 + 0 + 1.5 + 0.2 + 0.1) / 7, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(all.within05), 6.0 / 7, accuracy: 1e-12)
        XCTAssertEqual([all.missed, all.extra], [1, 1], "the second run's transition; the third's model transition")
        XCTAssertEqual(evaluation.rows.first { $0.scope == "exit" }?.within1, 2.0 / 3)
        XCTAssertEqual(evaluation.folds.map(\.pairs).reduce(0, +), 7, "every pair in one fold of its group")
    }

    func testAFileWithoutTheColumnsIsRefused() throws {
        let folder = try TemporaryFolder()
        try folder.write("boxes.csv", text: "image,x,y\na.png,1,2\n")
        XCTAssertThrowsError(try PredictionLoader.attach(PredictionOptions(sources: [PredictionSource(argument: folder.path("boxes.csv"))]), to: dataset)) {
            XCTAssertTrue(($0 as? ReadError)?.message.contains("needs a header with file and entry_mm") ?? false, "\($0)")
        }
    }
}
