import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

/// Detector output in each form it comes in, read beside a dataset, bad entries reported by place.
final class PredictionReaderTests: XCTestCase {
    private func webUI(_ predictions: String...) throws -> Dataset {
        let root = try RealData.url("screens/webui_homework")
        let sources = predictions.map { PredictionSource(argument: root.appendingPathComponent($0).path) }
        let options = ReadOptions(format: .coco, predictions: PredictionOptions(sources: sources))
        return try WorkspaceLoader.load(path: root.appendingPathComponent("coco_gt_derived.json").path, options: options).datasets[0]
    }

    func testTheRealResultsFileAndThePerImageFilesGiveTheSameBoxes() throws {
        let results = try JSONParser.parse([UInt8](Data(contentsOf: try RealData.url("screens/webui_homework/coco_predictions_derived_results.json"))))
        let fromResults = try webUI("coco_predictions_derived_results.json")
        XCTAssertEqual(fromResults.issues.filter { $0.code.hasPrefix("predictions") }, [])
        XCTAssertEqual(fromResults.items.map { $0.modelOutput?.boxes.count ?? -1 }.reduce(0, +), results.arrayValue?.count)
        XCTAssertEqual(try fromResults.items.element(0).modelOutput?.models, ["coco_predictions_derived_results"])

        let perImage = try webUI("labels/predictions")
        XCTAssertEqual(perImage.issues.filter { $0.code.hasPrefix("predictions") }, [])
        for (a, b) in zip(fromResults.items, perImage.items) {
            let key = { (box: PredictedBox) in "\(box.category) \(box.bbox.x) \(box.bbox.y) \(box.bbox.width) \(box.bbox.height)" }
            XCTAssertEqual(a.modelOutput!.boxes.map(key).sorted(), b.modelOutput!.boxes.map(key).sorted(), a.id)
            XCTAssertTrue(b.modelOutput!.boxes.allSatisfy { $0.score == 1 }, "no score in the file: 1")
        }
    }

    func testBadResultsAreReportedByIndexAndTheRestUsed() throws {
        let folder = try TemporaryFolder()
        try folder.write("truth.json", text: """
            {"images": [{"id": 7, "file_name": "a.png", "width": 100, "height": 100}],
             "categories": [{"id": 1, "name": "button"}],
             "annotations": [{"id": 1, "image_id": 7, "category_id": 1, "bbox": [0, 0, 10, 10], "area": 100, "iscrowd": 0}]}
            """)
        try folder.write("results.json", text: """
            [{"image_id": 7, "category_id": 1, "bbox": [0, 0, 10, 10], "score": 0.9},
             {"image_id": 8, "category_id": 1, "bbox": [0, 0, 10, 10], "score": 0.9},
             {"image_id": 7, "category_id": 5, "bbox": [0, 0, 10, 10], "score": 0.9},
             {"image_id": 7, "category_id": 1, "bbox": [0, 0, -1, 10], "score": 0.9},
             {"image_id": 7, "category_id": 1, "bbox": [NaN, 0, 1, 10], "score": 0.9},
             {"image_id": 7, "category_id": 1, "bbox": [0, 0, 1, 10], "score": 1.5},
             {"image_id": "a.png", "category_name": "button", "bbox": [50, 50, 10, 10], "score": 0.4}]
            """)
        let options = ReadOptions(predictions: PredictionOptions(sources: [PredictionSource(argument: "m=" + folder.path("results.json"))]))
        let dataset = try WorkspaceLoader.load(path: folder.path("truth.json"), options: options).datasets.element(0)
        XCTAssertEqual(try dataset.items.element(0).modelOutput?.boxes.map(\.score), [0.9, 0.4])
        XCTAssertEqual(dataset.issues.filter { $0.code == "predictions.bad-entry" }.map(\.text), [
            "m: results.json[1]: image_id 8 is not an image of the dataset",
            "m: results.json[2]: category 5 is not a category of the labels",
            "m: results.json[3]: bbox must be [x, y, width, height] of finite numbers, width and height not negative",
            "m: results.json[4]: bbox must be [x, y, width, height] of finite numbers, width and height not negative",
            "m: results.json[5]: score must be a number from 0 to 1",
        ])
    }

    /// A crowd region takes any number of predictions and is owed none, as in COCOeval.
    func testACrowdLabelIsMatchedManyTimesAndNeverMissed() throws {
        let folder = try TemporaryFolder()
        try folder.write("truth.json", text: """
            {"images": [{"id": 1, "file_name": "a.png", "width": 100, "height": 100}], "categories": [{"id": 1, "name": "person"}],
             "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [0, 0, 80, 80], "area": 6400, "iscrowd": 1},
                             {"id": 2, "image_id": 1, "category_id": 1, "bbox": [90, 90, 5, 5], "area": 25, "iscrowd": 1}]}
            """)
        try folder.write("results.json", text: """
            [{"image_id": 1, "category_id": 1, "bbox": [0, 0, 30, 30], "score": 0.9},
             {"image_id": 1, "category_id": 1, "bbox": [40, 40, 30, 30], "score": 0.8}]
            """)
        let options = ReadOptions(predictions: PredictionOptions(sources: [PredictionSource(argument: folder.path("results.json"))]))
        let item = try WorkspaceLoader.load(path: folder.path("truth.json"), options: options).items.element(0)
        XCTAssertEqual(item.labels.map(\.crowd), [true, true])
        XCTAssertEqual(item.modelComparison.map(\.kind), [.match, .match])
        XCTAssertEqual(item.labelQuality, 1)
    }

    func testYOLOPredictionLabelsWithConfidences() throws {
        let fixture = try YOLOFixture()
        try fixture.text("data.yaml", "names: [button, link]\n")
        try fixture.png("images/train/a.png", width: 200, height: 100)
        try fixture.text("labels/train/a.txt", "0 0.5 0.5 0.2 0.2\n")
        try fixture.text("runs/predict/labels/a.txt", """
            0 0.5 0.5 0.2 0.2 0.91
            1 0.1 0.1 0.1 0.1
            1 0.1 0.1 0.1 0.1 0.5 7
            3 0.1 0.1 0.1 0.1 0.5
            1 0.25 0.25 0.1 0.2 nan
            1 0.25 0.25 0.1 0.2 0.3
            """)
        try fixture.text("runs/predict/labels/ghost.txt", "0 0.5 0.5 0.2 0.2 0.9\n")
        let options = ReadOptions(predictions: PredictionOptions(sources: [PredictionSource(argument: fixture.file("runs/predict/labels").path)]))
        let dataset = try WorkspaceLoader.load(path: fixture.url.path, options: options).datasets.element(0)
        let output = try XCTUnwrap(dataset.items.element(0).modelOutput)
        XCTAssertEqual(output.models, ["predict"], "a labels/ folder is named after its parent")
        XCTAssertEqual(output.boxes, [
            PredictedBox(model: "predict", category: "button", bbox: BoundingBox(x: 80, y: 40, width: 40, height: 20), score: 0.91),
            PredictedBox(model: "predict", category: "link", bbox: BoundingBox(x: 40, y: 15, width: 20, height: 20), score: 0.3),
        ])
        XCTAssertEqual(dataset.issues.filter { $0.code == "predictions.bad-entry" }.map(\.text), [
            "predict: a.txt:2: expected 6 columns (class cx cy w h confidence), found 5",
            "predict: a.txt:3: expected 6 columns (class cx cy w h confidence), found 7",
            "predict: a.txt:4: class 3 has no name (give --names or data.yaml names)",
            "predict: a.txt:5: confidence must be a number from 0 to 1",
            "predict: ghost.txt: no image named ghost in the dataset",
        ])
    }

    func testNamesFileNamesYOLOClasses() throws {
        let fixture = try YOLOFixture()
        try fixture.text("data.yaml", "names: [button, link]\n")
        try fixture.png("images/train/a.png", width: 100, height: 100)
        try fixture.text("labels/train/a.txt", "0 0.5 0.5 0.2 0.2\n")
        try fixture.text("pred/a.txt", "1 0.5 0.5 0.2 0.2 0.8\n")
        try fixture.text("classes.txt", "link\nbutton\n")
        let options = ReadOptions(predictions: PredictionOptions(sources: [PredictionSource(argument: fixture.file("pred").path)],
                                                                 classNames: fixture.file("classes.txt")))
        let item = try WorkspaceLoader.load(path: fixture.url.path, options: options).items.element(0)
        XCTAssertEqual(item.modelOutput?.boxes.map(\.category), ["button"])
        XCTAssertEqual(item.disagreements, [], "the named class matches the label")
        XCTAssertEqual(item.confidence, 1)
    }

    /// Two models: each is matched on its own, and the item is as doubtful as the less convinced one.
    func testTwoModelsAreComparedApartAndTheWorseQualityCounts() throws {
        let root = try RealData.url("screens/webui_homework")
        let folder = try TemporaryFolder()
        try folder.write("nothing.json", text: "[]")
        let sources = [PredictionSource(argument: "a=" + root.appendingPathComponent("coco_predictions_derived_results.json").path),
                       PredictionSource(argument: "b=" + folder.path("nothing.json"))]
        let both = try WorkspaceLoader.load(path: root.appendingPathComponent("coco_gt_derived.json").path,
                                            options: ReadOptions(predictions: PredictionOptions(sources: sources))).items[0]
        let onlyA = try webUI("coco_predictions_derived_results.json").items.element(0)
        XCTAssertEqual(both.modelOutput?.models, ["a", "b"])
        XCTAssertEqual(both.modelComparison.filter { $0.model == "b" }.map(\.kind), Array(repeating: .missed, count: both.labels.count),
                       "a model that found nothing misses every label")
        XCTAssertEqual(both.modelComparison.filter { $0.model == "a" }.map(\.kind), onlyA.modelComparison.map(\.kind))
        let expected = min(onlyA.labelQuality!, pow(0.7, Double(both.labels.count)))
        XCTAssertEqual(try XCTUnwrap(both.labelQuality), expected, accuracy: expected * 1e-9)
    }

    func testSourcesAreNamedByStemOrExplicitly() {
        XCTAssertEqual(PredictionSource(argument: "/x/model_a.json").name, "model_a")
        XCTAssertEqual(PredictionSource(argument: "b=/x/model_a.json"), PredictionSource(name: "b", url: URL(fileURLWithPath: "/x/model_a.json")))
        XCTAssertEqual(PredictionSource(argument: "/runs/exp3/labels").name, "exp3")
    }

    func testPredictionsDoNotGoWithAFolderOfDatasetsOrDrillRuns() throws {
        let options = ReadOptions(predictions: PredictionOptions(sources: [PredictionSource(argument: "/nonexistent.json")]))
        XCTAssertThrowsError(try WorkspaceLoader.load(path: RealData.packageRoot.appendingPathComponent("SampleDatasets").path, options: options))
    }
}
