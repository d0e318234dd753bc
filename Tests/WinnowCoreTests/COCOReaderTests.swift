import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

final class COCOReaderTests: XCTestCase {
    private var temp: TemporaryFolder?

    override func tearDown() { temp?.remove() }

    func testWebUIGroundTruthWithImagesFolder() throws {
        let options = ReadOptions(format: .coco, imagesDirectory: try RealData.url(RealData.webuiImages))
        let dataset = try COCOReader.read(try RealData.url(RealData.webuiCOCO), options: options)
        XCTAssertEqual(dataset.items.count, 24)
        XCTAssertEqual(dataset.issues, [])
        XCTAssertEqual(dataset.root.lastPathComponent, "webui_homework")
        XCTAssertEqual(dataset.items.map(\.labels.count).reduce(0, +), 270)

        let first = try dataset.items.element(0)
        XCTAssertEqual(first.id, "22a2da33-2f4a-499f-afcc-d1eb59037332.png")
        XCTAssertEqual(first.path, "images/22a2da33-2f4a-499f-afcc-d1eb59037332.png")
        XCTAssertEqual([first.width, first.height], [865, 599])
        let label = try XCTUnwrap(first.labels.first)
        XCTAssertEqual(label.id, "1")
        XCTAssertEqual(label.category, "radio")
        XCTAssertEqual(label.bbox, BoundingBox(x: 393, y: 128, width: 16, height: 16))
        XCTAssertEqual(label.confidence, 1.0)
        XCTAssertEqual(label.source, "coco")
        XCTAssertFalse(label.verified)

        let webp = try XCTUnwrap(dataset.items.first { $0.id.hasSuffix(".webp") })
        XCTAssertEqual([webp.width, webp.height], [692, 475])
        let spaced = try XCTUnwrap(dataset.items.first { $0.id == "download (1).png" })
        XCTAssertEqual([spaced.width, spaced.height], [1440, 503])
        XCTAssertTrue(dataset.items.allSatisfy { FileManager.default.fileExists(atPath: $0.imageURL!.path) })
    }

    /// Without --images the images/ folder beside the JSON is found per image.
    func testImagesFolderBesideTheFileIsFound() throws {
        let dataset = try COCOReader.read(try RealData.url(RealData.webuiCOCO), options: ReadOptions())
        XCTAssertEqual(dataset.items.count, 24)
        XCTAssertTrue(dataset.items.allSatisfy { FileManager.default.fileExists(atPath: $0.imageURL!.path) })
    }

    /// Real third-party output whose image, annotation and category ids start at 0: warned, still read.
    func testGloboxFileWithIDsFromZero() throws {
        let dataset = try COCOReader.read(try RealData.url(RealData.mobileCOCO), options: ReadOptions())
        XCTAssertEqual(dataset.items.count, 12)
        XCTAssertEqual(dataset.items.map(\.labels.count).reduce(0, +), 23)
        let zeroWarnings = dataset.issues.filter { $0.code == "coco.id-zero" }
        XCTAssertEqual(zeroWarnings.count, 3)
        XCTAssertTrue(zeroWarnings.allSatisfy { $0.severity == .warning && $0.location == "coco_by_globox.json" })
        XCTAssertEqual(Set(zeroWarnings.map { $0.message.components(separatedBy: " ")[0] }), ["category", "image", "annotation"])
        XCTAssertEqual(dataset.issues.count, 3)
        let item = try XCTUnwrap(dataset.items.first { $0.id.hasPrefix("8d35b91c") })
        let label = try XCTUnwrap(item.labels.first { $0.id == "0" })
        XCTAssertEqual(label.category, "ui_group")
        XCTAssertEqual(label.bbox, BoundingBox(x: 20, y: 1624, width: 1029, height: 635))
        XCTAssertTrue(dataset.items.allSatisfy { $0.path.hasPrefix("images/") })
    }

    /// Repeated ids, annotations pointing nowhere, scores, sizes missing, file names leaving the folder.
    func testProblemsInASmallFile() throws {
        let folder = try TemporaryFolder()
        temp = folder
        try folder.copy(try RealData.url(RealData.tinyPNG), to: "images/a.png")
        try folder.write("preds.json", text: """
            {"images": [{"id": 1, "file_name": "a.png"}, {"id": 1, "file_name": "b.png", "width": 10, "height": 10},
                        {"id": 2, "file_name": "../secret.png"}],
             "categories": [{"id": 1, "name": "button"}, {"id": 1, "name": "again"}],
             "annotations": [
               {"id": 5, "image_id": 1, "category_id": 1, "bbox": [1, 2, 3, 4], "score": 0.42},
               {"id": 5, "image_id": 1, "category_id": 1, "bbox": [1, 2]},
               {"id": 6, "image_id": 99, "category_id": 1, "bbox": [1, 2, 3, 4]},
               {"id": 7, "image_id": 1, "category_id": 42, "bbox": [1, 2, 3, 4]}]}
            """)
        let dataset = try COCOReader.read(folder.url.appendingPathComponent("preds.json"), options: ReadOptions())
        XCTAssertEqual(dataset.items.map(\.id), ["a.png"])
        let item = try dataset.items.element(0)
        XCTAssertEqual(item.path, "images/a.png")
        XCTAssertEqual([item.width, item.height], [32, 32])
        XCTAssertEqual(item.labels.map(\.id), ["5", "5#1"])
        XCTAssertEqual(try item.labels.element(0).confidence, 0.42)
        XCTAssertEqual(try item.labels.element(0).source, "prediction")
        XCTAssertEqual(try item.labels.element(0).category, "button")
        XCTAssertNil(try item.labels.element(1).bbox)
        XCTAssertEqual(item.readIssues.map(\.code), ["label.bad-bbox", "size.from-header"])

        let codes = dataset.issues.map(\.code)
        XCTAssertEqual(codes.filter { $0 == "coco.duplicate-id" }.count, 3)
        XCTAssertTrue(codes.contains("coco.path-escape"))
        let unknownImage = try XCTUnwrap(dataset.issues.first { $0.code == "coco.unknown-image" })
        XCTAssertEqual(unknownImage.severity, .error)
        XCTAssertTrue(unknownImage.message.contains("annotation 6 -> image 99"), unknownImage.message)
        let unknownCategory = try XCTUnwrap(dataset.issues.first { $0.code == "coco.unknown-category" })
        XCTAssertTrue(unknownCategory.message.contains("annotation 7 -> category 42"), unknownCategory.message)
    }

    /// The images the reader found in their folder's listing are not looked for again by the item
    /// checks of the same open (a stat each for 100k images); a missing one is reported.
    func testImagesFoundWhileReadingAreNotLookedForAgain() throws {
        let folder = try TemporaryFolder()
        temp = folder
        try folder.copy(try RealData.url(RealData.tinyPNG), to: "images/a.png")
        try folder.copy(try RealData.url(RealData.tinyPNG), to: "sub/c.png")
        try folder.write("c.json", text: """
            {"images": [{"id": 1, "file_name": "a.png"}, {"id": 2, "file_name": "gone.png"}, {"id": 3, "file_name": "sub/c.png"}],
             "categories": [{"id": 1, "name": "button"}], "annotations": []}
            """)
        let dataset = try COCOReader.read(folder.file("c.json"), options: ReadOptions())
        XCTAssertEqual(dataset.items.map(\.imageSeen), [true, false, true])
        XCTAssertEqual(dataset.items.map { ItemValidator.issues(for: $0).map(\.code).filter { $0 == "image.missing" } }, [[], ["image.missing"], []])
        try FileManager.default.removeItem(at: folder.file("images/a.png"))
        XCTAssertEqual(ItemValidator.issues(for: try dataset.items.element(0)).filter { $0.code == "image.missing" }.count, 0, "seen as this open read it")
        var unseen = try dataset.items.element(0)
        unseen.imageSeen = false
        XCTAssertEqual(ItemValidator.issues(for: unseen).filter { $0.code == "image.missing" }.count, 1)
    }

    func testTruncatedFileIsAReadErrorWithLine() throws {
        let folder = try TemporaryFolder()
        temp = folder
        let url = try folder.write("cut.json", text: "{\"images\": [\n{\"id\": 1,\n \"file_name\": \"a.pn")
        XCTAssertThrowsError(try COCOReader.read(url, options: ReadOptions())) { error in
            let message = (error as? ReadError)?.message ?? ""
            XCTAssertTrue(message.contains("cut.json:3:"), message)
        }
    }
}
