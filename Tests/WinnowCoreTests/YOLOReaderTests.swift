import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

final class YOLOReaderTests: XCTestCase {
    private var fixture: YOLOFixture!

    override func setUpWithError() throws { fixture = try YOLOFixture() }

    override func tearDown() { fixture.folder.remove() }

    private func item(_ dataset: Dataset, _ id: String) throws -> ReviewItem {
        try XCTUnwrap(dataset.items.first { $0.id == id }, "no item \(id) in \(dataset.items.map(\.id))")
    }

    private func describe(_ issues: [Issue]) -> [String] { issues.map { "\($0.severity) \($0.code) \($0.location ?? "-")" } }

    // MARK: - Conversion

    func testBoxesBecomeExactPixelBoxes() throws {
        try fixture.png("images/train/a.png", width: 200, height: 100)
        try fixture.png("images/val/b.png", width: 64, height: 32)
        try fixture.text("labels/train/a.txt", "0 0.5 0.5 0.25 0.5\n1 0.125 0.25 0.25 0.5\n0 0.05 0.03 0.04 0.02\n")
        try fixture.text("labels/val/b.txt", "1 0.25 0.75 0.5 0.5 0.875\n")
        try fixture.text("data.yaml", "train: images/train\nval: images/val\nnames:\n  0: person\n  1: car\n")

        let dataset = try fixture.read()
        XCTAssertEqual(dataset.format, .yolo)
        XCTAssertEqual(dataset.source.lastPathComponent, "data.yaml")
        XCTAssertEqual(dataset.root.standardizedFileURL, fixture.url.standardizedFileURL)
        XCTAssertEqual(dataset.issues, [])
        XCTAssertEqual(dataset.items.map(\.id), ["images/train/a.png", "images/val/b.png"])

        let a = try item(dataset, "images/train/a.png")
        XCTAssertEqual([a.width, a.height], [200, 100])
        XCTAssertEqual(a.path, "images/train/a.png")
        XCTAssertEqual(a.readIssues, [])
        XCTAssertEqual(a.metadata["split"], "train")
        XCTAssertEqual(a.metadata["label_file"], "labels/train/a.txt")
        XCTAssertEqual(a.labels.map(\.id), ["0", "1", "2"])
        XCTAssertEqual(a.labels.map(\.category), ["person", "car", "person"])
        XCTAssertEqual(try a.labels.element(0).bbox, BoundingBox(x: 75, y: 25, width: 50, height: 50))
        XCTAssertEqual(try a.labels.element(1).bbox, BoundingBox(x: 0, y: 0, width: 50, height: 50))
        // Decimal fractions are not exact in binary: (0.05 - 0.02) * 200 is 6.000000000000001 and
        // (0.03 - 0.01) * 100 is 1.9999999999999998 before rounding to 1/1000 px.
        XCTAssertEqual(try a.labels.element(2).bbox, BoundingBox(x: 6, y: 2, width: 8, height: 2))
        XCTAssertTrue(a.labels.allSatisfy { $0.source == "yolo" && $0.confidence == 1.0 && !$0.verified })

        let b = try item(dataset, "images/val/b.png")
        XCTAssertEqual(b.metadata["split"], "val")
        XCTAssertEqual(b.labels.count, 1)
        XCTAssertEqual(try b.labels.element(0).bbox, BoundingBox(x: 0, y: 16, width: 32, height: 16))
        XCTAssertEqual(try b.labels.element(0).category, "car")
        XCTAssertEqual(try b.labels.element(0).confidence, 0.875)
        XCTAssertEqual(try b.labels.element(0).source, "prediction")
        XCTAssertFalse(try b.labels.element(0).verified)
    }

    func testEveryFormOfNames() throws {
        try fixture.png("images/train/a.png", width: 10, height: 10)
        try fixture.text("labels/train/a.txt", "0 0.5 0.5 0.2 0.2\n1 0.5 0.5 0.2 0.2\n2 0.5 0.5 0.2 0.2\n")
        let forms = [
            "flow list": "names: [person, 'traffic light', \"dog\"]",
            "block list": "names:\n  - person\n  - traffic light  # two words\n  - 'dog'",
            "block list at the key's indentation": "names:\n- person\n- traffic light\n- dog",
            "block mapping": "nc: 3\nnames:\n  0: person\n  1: \"traffic light\"\n  2: dog",
            "flow mapping with an escape": "names: {0: person, 1: \"traffic\\u0020light\", 2: dog}",
            "flow list across lines": "names: ['person',  # YOLOv5 style\n        'traffic light',\n        'dog']\nnc: 3",
        ]
        for (form, names) in forms {
            try fixture.text("data.yaml", "path: .\ntrain: images/train\n\(names)\n")
            let dataset = try fixture.read()
            XCTAssertEqual(dataset.issues, [], form)
            XCTAssertEqual(dataset.items.first?.labels.map(\.category), ["person", "traffic light", "dog"], form)
        }
    }

    // MARK: - Bad label lines

    func testEveryBadLineIsReportedWithItsLine() throws {
        try fixture.png("images/train/a.png", width: 100, height: 50)
        try fixture.text("data.yaml", "train: images/train\nnames: [person, car]\n")
        try fixture.text("labels/train/a.txt", [
            "0 0.5 0.5 0.2 0.2",  // 1: fine
            "",  // 2: blank
            "7 0.5 0.5 0.2 0.2",  // 3: class out of range
            "x 0.5 0.5 0.2 0.2",  // 4: class not a number
            "0 0.5 0.5 0.1",  // 5: too few values
            "0 0.5 abc 0.1 0.1",  // 6: not a number
            "0 1.2 0.5 0.2 -0.2",  // 7: outside [0, 1]
            "1.5 0.5 0.5 0.2 0.2",  // 8: class not whole
            "1 0.1 0.1 0.5 0.1 0.5 0.6 0.1 0.6",  // 9: a polygon
            "0 0.5 0.5 0.1 0.1 0.9 0.1 0.1",  // 10: 8 values
            "0 nan 0.5 0.1 0.1",  // 11: NaN
            "-1 0.5 0.5 0.2 0.2",  // 12: negative class
            "1\t0.5 0.5  0.2 0.2  ",  // 13: tabs and extra blanks are fine
        ].joined(separator: "\n"))

        let a = try item(try fixture.read(), "images/train/a.png")
        XCTAssertEqual(describe(a.readIssues), [
            "error yolo.unknown-class labels/train/a.txt:3",
            "error yolo.bad-class labels/train/a.txt:4",
            "error yolo.bad-line labels/train/a.txt:5",
            "error yolo.bad-line labels/train/a.txt:6",
            "warning yolo.out-of-range labels/train/a.txt:7",
            "error yolo.bad-class labels/train/a.txt:8",
            "error yolo.bad-line labels/train/a.txt:10",
            "error yolo.bad-line labels/train/a.txt:11",
            "error yolo.unknown-class labels/train/a.txt:12",
            "info yolo.polygons labels/train/a.txt",
        ])
        let messages = a.readIssues.map(\.message)
        XCTAssertEqual(try messages.element(0), "class 7 is out of range (0...1); kept with the id as its category")
        XCTAssertEqual(try messages.element(2), "has 4 values; expected 5 (class cx cy w h), 6 (with a confidence) or a polygon (class x1 y1 x2 y2 x3 y3 ...); line skipped")
        XCTAssertEqual(try messages.element(3), "cy \"abc\" is not a number; line skipped")
        XCTAssertEqual(try messages.element(4), "cx 1.2, h -0.2 outside [0, 1]; kept as written")
        XCTAssertEqual(try messages.element(7), "cx \"nan\" is not a number; line skipped")

        // Ids are positions among non-blank lines, so skipped lines leave gaps.
        XCTAssertEqual(a.labels.map(\.id), ["0", "1", "2", "5", "6", "7", "10", "11"])
        XCTAssertEqual(a.labels.map(\.category), ["person", "7", "x", "person", "1.5", "car", "-1", "car"])
        XCTAssertEqual(try a.labels.element(0).bbox, BoundingBox(x: 40, y: 20, width: 20, height: 10))
        XCTAssertEqual(try a.labels.element(3).bbox, BoundingBox(x: 110, y: 30, width: 20, height: -10))
        XCTAssertEqual(try a.labels.element(5).bbox, BoundingBox(x: 10, y: 5, width: 40, height: 25))
        XCTAssertEqual(try a.labels.element(7).bbox, BoundingBox(x: 40, y: 20, width: 20, height: 10))
    }

    /// Windows tools may start a file with a byte order mark; CRLF line ends are fine too.
    func testByteOrderMarkAndCRLF() throws {
        try fixture.png("images/train/a.png", width: 10, height: 10)
        try fixture.folder.write("labels/train/a.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("1 0.5 0.5 0.2 0.2\r\n0 0.5 0.5 1 1\r\n".utf8))
        try fixture.folder.write("data.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array("train: images/train\r\nnames: [a, b]\r\n".utf8))
        let dataset = try fixture.read()
        XCTAssertEqual(dataset.issues, [])
        XCTAssertEqual(dataset.items.first?.readIssues, [])
        XCTAssertEqual(dataset.items.first?.labels.map(\.category), ["b", "a"])
        XCTAssertEqual(dataset.items.first?.labels.last?.bbox, BoundingBox(x: 0, y: 0, width: 10, height: 10))
    }

    func testMissingAndEmptyLabelFiles() throws {
        try fixture.png("images/train/a.png", width: 8, height: 8)
        try fixture.png("images/train/b.png", width: 8, height: 8)
        try fixture.text("labels/train/b.txt", "\n  \n")
        try fixture.text("data.yaml", "train: images/train\nnames: [a]\n")
        let dataset = try fixture.read()
        let a = try item(dataset, "images/train/a.png")
        XCTAssertEqual(a.labels, [])
        XCTAssertEqual(a.readIssues, [Issue(.info, "yolo.no-label-file", "no label file; the image has no boxes", location: "labels/train/a.txt")])
        let b = try item(dataset, "images/train/b.png")
        XCTAssertEqual(b.labels, [])
        XCTAssertEqual(b.readIssues, [])
    }

    /// A BMP (no header Winnow reads) keeps its labels without boxes, and says why.
    func testImageOfUnknownSizeKeepsLabelsWithoutBoxes() throws {
        try fixture.text("images/train/a.bmp", "BM not really")
        try fixture.text("labels/train/a.txt", "0 0.5 0.5 0.5 0.5\n")
        try fixture.text("data.yaml", "train: images/train\nnames: [a]\n")
        let a = try item(try fixture.read(), "images/train/a.bmp")
        XCTAssertEqual([a.width, a.height], [0, 0])
        XCTAssertEqual(a.labels.map(\.category), ["a"])
        XCTAssertNil(try a.labels.element(0).bbox)
        XCTAssertEqual(describe(a.readIssues), ["error yolo.size-unknown labels/train/a.txt"])
    }

    // MARK: - Splits

    func testTxtListSplits() throws {
        try fixture.png("images/one.png", width: 20, height: 10)
        try fixture.png("images/two.png", width: 20, height: 10)
        try fixture.png("images/four.png", width: 20, height: 10)
        let outside = try fixture.png("elsewhere/three.png", width: 40, height: 40)
        try fixture.text("labels/one.txt", "0 0.5 0.5 1 1\n")
        try fixture.text("elsewhere/three.txt", "0 0.5 0.5 0.5 0.5\n")
        try fixture.text("labels/four.txt", "0 0.25 0.5 0.5 1\n")
        try fixture.text("train.txt", "./images/one.png\nimages/two.png\n\n\(outside.path)\nimages/missing.png\nnotes.md\n")
        try fixture.text("lists/val.txt", "../images/four.png\n")
        try fixture.text("data.yaml", "train: train.txt\nval: lists/val.txt\nnames: [a]\n")

        let dataset = try fixture.read()
        XCTAssertEqual(dataset.items.map(\.id), ["images/one.png", "images/two.png", "elsewhere/three.png", "images/four.png"])
        XCTAssertEqual(dataset.items.map { $0.metadata["split"]?.stringValue ?? "" }, ["train", "train", "train", "val"])
        XCTAssertEqual(describe(dataset.issues), ["error yolo.missing-image train.txt:5", "warning yolo.not-an-image train.txt:6"])
        XCTAssertEqual(try dataset.issues.element(0).message, "image images/missing.png does not exist; skipped")
        XCTAssertEqual(try item(dataset, "images/one.png").labels.first?.bbox, BoundingBox(x: 0, y: 0, width: 20, height: 10))
        XCTAssertEqual(describe(try item(dataset, "images/two.png").readIssues), ["info yolo.no-label-file labels/two.txt"])
        XCTAssertEqual(try item(dataset, "elsewhere/three.png").labels.first?.bbox, BoundingBox(x: 10, y: 10, width: 20, height: 20))
        XCTAssertEqual(try item(dataset, "images/four.png").labels.first?.bbox, BoundingBox(x: 0, y: 0, width: 10, height: 10))
    }

    /// Roboflow writes `../train/images`; a missing split folder is reported on its line.
    func testRoboflowLayoutAndMissingSplitFolder() throws {
        try fixture.png("train/images/a.png", width: 10, height: 10)
        try fixture.text("train/labels/a.txt", "0 0.5 0.5 0.2 0.4\n")
        try fixture.text("data.yaml", "train: ../train/images\nval: ../valid/images\nnc: 1\nnames: ['card']\n")
        let dataset = try fixture.read()
        XCTAssertEqual(dataset.items.map(\.id), ["train/images/a.png"])
        XCTAssertEqual(try dataset.items.element(0).labels.first?.bbox, BoundingBox(x: 4, y: 3, width: 2, height: 4))
        XCTAssertEqual(try dataset.items.element(0).labels.first?.category, "card")
        XCTAssertEqual(describe(dataset.issues), ["error yolo.missing-folder data.yaml:2"])
    }

    func testSameImagesInTwoSplitsAreKeptOnceAndWarned() throws {
        try fixture.png("images/train/a.png", width: 4, height: 4)
        try fixture.png("images/train/sub/b.png", width: 4, height: 4)
        try fixture.text("data.yaml", "train: images/train\nval: images/train  # as coco128 does\nnames: [a]\n")
        let dataset = try fixture.read()
        XCTAssertEqual(dataset.items.map(\.id), ["images/train/a.png", "images/train/sub/b.png"])
        XCTAssertEqual(dataset.items.map { $0.metadata["split"]?.stringValue ?? "" }, ["train", "train"])
        XCTAssertEqual(describe(dataset.issues), ["warning yolo.duplicate-image data.yaml:2"])
        XCTAssertTrue(try dataset.issues.element(0).message.hasPrefix("2 images are also in an earlier split"), dataset.issues.shown(0))
    }

    /// `path` moves the data root: ids are relative to it, the yaml's folder keeps the state.
    func testPathKeyAndAYAMLNotCalledDataYAML() throws {
        try fixture.png("data/images/train/a.png", width: 10, height: 10)
        try fixture.text("data/labels/train/a.txt", "0 0.5 0.5 1 1\n")
        try fixture.text("cfg/coco-mini.yaml", "path: ../data\ntrain: images/train\nnames: [a]\n")
        let dataset = try fixture.read("cfg")
        XCTAssertEqual(dataset.issues, [])
        XCTAssertEqual(dataset.items.map(\.id), ["images/train/a.png"])
        XCTAssertEqual(try dataset.items.element(0).path, "../data/images/train/a.png")
        XCTAssertEqual(try dataset.items.element(0).labels.first?.bbox, BoundingBox(x: 0, y: 0, width: 10, height: 10))
        XCTAssertEqual(dataset.root.lastPathComponent, "cfg")
        let state = CurationSession.stateDirectory(for: dataset, override: nil, inFolderOfDatasets: false)
        XCTAssertEqual(state.pathComponents.suffix(3), ["cfg", ".winnow", "coco-mini.yaml"])

        try fixture.text("cfg/coco-mini.yaml", "path: ../nowhere\ntrain: images/train\nnames: [a]\n")
        XCTAssertEqual(describe(try fixture.read("cfg/coco-mini.yaml").issues), [
            "error yolo.missing-folder coco-mini.yaml:1",
            "error yolo.missing-folder coco-mini.yaml:2",
        ])
    }

    // MARK: - Bad data.yaml

    func testYAMLProblemsAreReportedAndTheRestIsRead() throws {
        try fixture.png("images/train/a.png", width: 4, height: 4)
        try fixture.png("images/val/b.png", width: 4, height: 4)
        try fixture.text("data.yaml", "train: images/train\nnames: [a, b\nval: images/val\n")
        let dataset = try fixture.read()
        XCTAssertEqual(dataset.issues, [Issue(.error, "yolo.bad-yaml", "\"[\" is not closed", location: "data.yaml:2")])
        XCTAssertEqual(dataset.items.map(\.id), ["images/train/a.png", "images/val/b.png"])
    }

    /// A data.yaml that is no mapping: the `images/<split>/` folders are read, ids are the names.
    func testUnusableDataYAMLFallsBackToTheImageFolders() throws {
        try fixture.png("images/train/a.png", width: 10, height: 10)
        try fixture.png("images/val/b.png", width: 10, height: 10)
        try fixture.text("labels/train/a.txt", "3 0.5 0.5 0.2 0.2\n")
        try fixture.text("data.yaml", "- just\n- a list\n")
        let dataset = try fixture.read()
        XCTAssertEqual(describe(dataset.issues), [
            "error yolo.bad-config data.yaml", "warning yolo.no-names data.yaml", "warning yolo.no-splits data.yaml",
        ])
        XCTAssertEqual(dataset.items.map(\.id), ["images/train/a.png", "images/val/b.png"])
        XCTAssertEqual(dataset.items.map { $0.metadata["split"]?.stringValue ?? "" }, ["train", "val"])
        XCTAssertEqual(try dataset.items.element(0).labels.map(\.category), ["3"])
    }

    /// A data.yaml linked to a file that is gone (tests run as root, so permissions cannot make
    /// one unreadable): detected, reported, and the image folders are read.
    func testUnreadableDataYAMLIsAnIssueNotACrash() throws {
        try fixture.png("images/a.png", width: 10, height: 10)
        try FileManager.default.createSymbolicLink(atPath: fixture.file("data.yaml").path, withDestinationPath: "gone.yaml")
        XCTAssertEqual(DatasetDetector.detect(fixture.url), .yolo)
        let dataset = try fixture.read()
        XCTAssertEqual(describe(dataset.issues), [
            "error yolo.unreadable-config data.yaml", "warning yolo.no-names data.yaml", "warning yolo.no-splits data.yaml",
        ])
        XCTAssertEqual(dataset.items.map(\.id), ["images/a.png"])
        XCTAssertEqual(try dataset.items.element(0).metadata["split"], "images")
    }

    func testClassNamesAgainstNc() throws {
        try fixture.png("images/train/a.png", width: 10, height: 10)
        try fixture.text("labels/train/a.txt", "1 0.5 0.5 0.2 0.2\n2 0.5 0.5 0.2 0.2\n")

        try fixture.text("data.yaml", "nc: 2\ntrain: images/train\n")
        var dataset = try fixture.read()
        XCTAssertEqual(describe(dataset.issues), ["warning yolo.no-names data.yaml"])
        XCTAssertEqual(try dataset.items.element(0).labels.map(\.category), ["1", "2"])
        XCTAssertEqual(try describe(dataset.items.element(0).readIssues), ["error yolo.unknown-class labels/train/a.txt:2"])

        try fixture.text("data.yaml", "nc: 3\nnames: [a, b]\ntrain: images/train\n")
        dataset = try fixture.read()
        XCTAssertEqual(describe(dataset.issues), ["warning yolo.nc-mismatch data.yaml:1"])
        XCTAssertEqual(try dataset.issues.element(0).message, "nc is 3 but names has 2 classes; names is used")
        XCTAssertEqual(try dataset.items.element(0).labels.map(\.category), ["b", "2"])

        try fixture.text("data.yaml", "train: images/train\nnames:\n  0: a\n  x: b\n  2: [c]\nnc: many\n")
        dataset = try fixture.read()
        XCTAssertEqual(describe(dataset.issues), [
            "error yolo.bad-nc data.yaml:6", "error yolo.bad-names data.yaml:4", "error yolo.bad-names data.yaml:5",
        ])
        XCTAssertEqual(try dataset.items.element(0).labels.map(\.category), ["1", "2"])
        XCTAssertEqual(try describe(dataset.items.element(0).readIssues), ["error yolo.unknown-class labels/train/a.txt:1"])
        XCTAssertEqual(try dataset.items.element(0).readIssues.element(0).message, "class 1 is out of range (0, 2); kept with the id as its category")
    }

    func testFolderWithoutAnyYAMLIsNotYOLO() throws {
        try fixture.png("images/a.png", width: 4, height: 4)
        XCTAssertThrowsError(try fixture.read()) { error in
            XCTAssertTrue("\(error)".contains("no data.yaml"), "\(error)")
        }
    }

    // MARK: - Real data

    /// The webui screenshots' YOLO labels (written by globox from the COCO file) give back the
    /// COCO file's pixel boxes exactly.
    func testGloboxLabelsMatchTheCOCOFile() throws {
        let images = try RealData.url(RealData.webuiImages)
        let labels = try RealData.url("screens/webui_homework/yolo_by_globox")
        for name in try FileManager.default.contentsOfDirectory(atPath: images.path) {
            try fixture.folder.copy(images.appendingPathComponent(name), to: "images/train/\(name)")
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: labels.path) where name.hasSuffix(".txt") {
            try fixture.folder.copy(labels.appendingPathComponent(name), to: "labels/train/\(name)")
        }
        let names = try String(contentsOf: labels.appendingPathComponent("classes.yaml"), encoding: .utf8)
        try fixture.text("data.yaml", "train: images/train\nval: images/train\n" + names)

        let yolo = try fixture.read()
        let coco = try COCOReader.read(try RealData.url(RealData.webuiCOCO), options: ReadOptions(imagesDirectory: images))
        XCTAssertEqual(yolo.items.count, 24)
        XCTAssertEqual(yolo.items.count, coco.items.count)
        XCTAssertEqual(yolo.items.flatMap(\.readIssues), [])
        for expected in coco.items {
            let item = try item(yolo, "images/train/\(expected.id)")
            XCTAssertEqual([item.width, item.height], [expected.width, expected.height], expected.id)
            let got = item.labels.map { "\($0.category) \(String(describing: $0.bbox))" }.sorted()
            let want = expected.labels.map { "\($0.category) \(String(describing: $0.bbox))" }.sorted()
            XCTAssertEqual(got, want, expected.id)
        }
        XCTAssertEqual(yolo.items.map(\.labels.count).reduce(0, +), 270)
    }
}
