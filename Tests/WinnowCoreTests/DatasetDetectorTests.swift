import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

final class DatasetDetectorTests: XCTestCase {
    func testRealDataFormats() throws {
        XCTAssertEqual(DatasetDetector.detect(try RealData.url(RealData.vocFolder)), .voc)
        XCTAssertEqual(DatasetDetector.detect(try RealData.url(RealData.webuiCOCO)), .coco)
        XCTAssertEqual(DatasetDetector.detect(try RealData.url(RealData.mobileCOCO)), .coco)
        XCTAssertEqual(DatasetDetector.detect(try RealData.url("screens/webui_homework")), .coco)
        XCTAssertEqual(DatasetDetector.detect(try RealData.url("screens")), .workspace)
    }

    /// A COCO results file is a bare list of detections, not a dataset; other files are nothing.
    func testNonDatasets() throws {
        XCTAssertNil(DatasetDetector.detect(try RealData.url("screens/webui_homework/coco_predictions_derived_results.json")))
        XCTAssertNil(DatasetDetector.detect(try RealData.url("pngsuite")))
        XCTAssertNil(DatasetDetector.detect(try RealData.url(RealData.tinyPNG)))
        XCTAssertNil(DatasetDetector.detect(URL(fileURLWithPath: "/nonexistent/winnow")))
    }

    /// `data.yaml`, or one YAML file with names and train, makes a folder YOLO; other YAML does not.
    func testYOLOFolders() throws {
        let fixture = try YOLOFixture()
        defer { fixture.folder.remove() }
        try fixture.png("one/images/train/a.png", width: 4, height: 4)
        try fixture.text("one/data.yaml", "train: images/train\nnames: [a]\n")
        try fixture.text("two/coco8.yaml", "path: .\ntrain: images/train\nval: images/val\nnames:\n  0: person\n")
        try fixture.text("three/hyp.yaml", "lr0: 0.01\nnames: [a]\n")
        try fixture.text("four/a.yaml", "train: x\nnames: [a]\n")
        try fixture.text("four/b.yml", "train: y\nnames: [b]\n")

        XCTAssertEqual(DatasetDetector.detect(fixture.file("one")), .yolo)
        XCTAssertEqual(DatasetDetector.detect(fixture.file("one/data.yaml")), .yolo)
        XCTAssertEqual(DatasetDetector.detect(fixture.file("two")), .yolo)
        XCTAssertEqual(DatasetDetector.detect(fixture.file("two/coco8.yaml")), .yolo)
        XCTAssertNil(DatasetDetector.detect(fixture.file("three")))
        XCTAssertNil(DatasetDetector.detect(fixture.file("three/hyp.yaml")))
        XCTAssertNil(DatasetDetector.detect(fixture.file("four")), "two candidate files: the user names one")
        XCTAssertEqual(DatasetDetector.detect(fixture.file("four/b.yml")), .yolo)
        XCTAssertThrowsError(try YOLOReader.read(fixture.file("four"))) { error in
            XCTAssertTrue("\(error)".contains("found a.yaml, b.yml"), "\(error)")
        }

        XCTAssertEqual(DatasetDetector.detect(fixture.url), .workspace)
        let workspace = try WorkspaceLoader.load(path: fixture.url.path, options: ReadOptions())
        XCTAssertEqual(workspace.datasets.map(\.format), [.yolo, .yolo])
        XCTAssertEqual(workspace.datasets.map(\.name), ["one", "two"])
        XCTAssertEqual(workspace.items.map(\.id), ["one/images/train/a.png"])
        XCTAssertEqual(workspace.issues.map(\.location), ["four", "three"])
    }
}
