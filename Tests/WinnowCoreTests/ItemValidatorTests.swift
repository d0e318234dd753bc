import Foundation
import WinnowTestSupport
import XCTest

@testable import WinnowCore

final class ItemValidatorTests: XCTestCase {
    private func item(_ boxes: [(String, BoundingBox?)], width: Int = 100, height: Int = 50, image: URL? = nil) throws -> ReviewItem {
        let labels = boxes.enumerated().map { index, pair in
            Label(id: String(index), category: pair.0, bbox: pair.1, confidence: 0.9, source: "test", verified: false)
        }
        let url = try image ?? RealData.url(RealData.tinyPNG)
        return ReviewItem(id: "x", kind: .screenshot, path: "images/x.png", imageURL: url, width: width, height: height, labels: labels)
    }

    func testCleanItemHasNoIssues() throws {
        let clean = try item([("a", BoundingBox(x: 0, y: 0, width: 100, height: 50)), ("a", BoundingBox(x: 10, y: 10, width: 5, height: 5))])
        XCTAssertEqual(ItemValidator.issues(for: clean), [])
    }

    func testBoxOutsideSaysHowFar() throws {
        let issues = ItemValidator.issues(for: try item([("button", BoundingBox(x: 90, y: -3, width: 22, height: 10))]))
        XCTAssertEqual(issues.map(\.code), ["box.outside"])
        XCTAssertEqual(try issues.element(0).severity, .warning)
        XCTAssertEqual(try issues.element(0).message, "label 0 (button) extends 3 px past the top and 12 px past the right edge of the 100x50 image")
        XCTAssertEqual(try issues.element(0).location, "images/x.png")
    }

    func testZeroNegativeAndNonFiniteBoxes() throws {
        let issues = ItemValidator.issues(for: try item([
            ("a", BoundingBox(x: 1, y: 1, width: 0, height: 5)),
            ("b", BoundingBox(x: 1, y: 1, width: 5, height: -2)),
            ("c", BoundingBox(x: .nan, y: 1, width: 5, height: 5)),
            ("d", BoundingBox(x: 1, y: .infinity, width: 5, height: 5)),
            ("e", nil),
        ]))
        XCTAssertEqual(issues.map(\.code), ["box.zero-area", "box.invalid", "box.invalid", "box.invalid"])
        XCTAssertEqual(issues.map(\.severity), [.error, .error, .error, .error])
        XCTAssertTrue(try issues.element(1).message.contains("negative size 5x-2"), issues.shown(1))
    }

    func testNearDuplicatesOfOneCategory() throws {
        let box = BoundingBox(x: 10, y: 10, width: 20, height: 20)
        let shifted = BoundingBox(x: 10.5, y: 10, width: 20, height: 20)
        let issues = ItemValidator.issues(for: try item([("a", box), ("b", box), ("a", shifted), ("a", BoundingBox(x: 12, y: 10, width: 20, height: 20))]))
        XCTAssertEqual(issues.map(\.code), ["box.near-duplicate"])
        let expectedIoU = box.iou(shifted)
        XCTAssertGreaterThan(expectedIoU, 0.9)
        XCTAssertEqual(try issues.element(0).message, "label 0 (a) and label 2 (a) overlap almost completely (IoU \(String(format: "%.2f", expectedIoU)))")
    }

    func testMissingImageAndUnknownSize() throws {
        let missing = URL(fileURLWithPath: "/nonexistent/winnow/x.png")
        let issues = ItemValidator.issues(for: try item([("a", BoundingBox(x: 1000, y: 1, width: 5, height: 5))], width: 0, height: 0, image: missing))
        XCTAssertEqual(issues.map(\.code), ["image.missing", "image.size-unknown"])
        XCTAssertEqual(issues.map(\.severity), [.error, .warning])
    }

    func testReadIssuesComeFirst() throws {
        var sample = try item([("a", BoundingBox(x: 0, y: 0, width: 0, height: 1))])
        sample.readIssues = [Issue(.info, "size.from-header", "note")]
        XCTAssertEqual(ItemValidator.issues(for: sample).map(\.code), ["size.from-header", "box.zero-area"])
    }

    /// Every real VOC image is on disk and sized; the validator reports no image problems.
    func testRealVOCItemsHaveTheirImages() throws {
        let dataset = try VOCReader.read(try RealData.url(RealData.vocFolder), options: ReadOptions())
        let codes = dataset.items.flatMap { ItemValidator.issues(for: $0) }.map(\.code)
        XCTAssertFalse(codes.contains("image.missing"))
        XCTAssertFalse(codes.contains("image.size-unknown"))
    }
}
