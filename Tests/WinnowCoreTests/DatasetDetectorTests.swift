import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

final class DatasetDetectorTests: XCTestCase {
    /// The real data is looked up before any assertion: its absence skips the test (an XCTSkip
    /// thrown inside an assertion's expression counts as a failure).
    func testRealDataFormats() throws {
        let expected: [(String, DatasetFormat)] = [(RealData.vocFolder, .voc), (RealData.webuiCOCO, .coco), (RealData.mobileCOCO, .coco),
                                                   ("screens/webui_homework", .coco), ("screens", .workspace)]
        let urls = try expected.map { try RealData.url($0.0) }
        for (url, (name, format)) in zip(urls, expected) { XCTAssertEqual(DatasetDetector.detect(url), format, name) }
    }

    /// A COCO results file is a bare list of detections, not a dataset; other files are nothing.
    func testNonDatasets() throws {
        let urls = try ["screens/webui_homework/coco_predictions_derived_results.json", "pngsuite", RealData.tinyPNG].map(RealData.url)
        for url in urls + [URL(fileURLWithPath: "/nonexistent/winnow")] { XCTAssertNil(DatasetDetector.detect(url), url.path) }
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
