import XCTest
@testable import WinnowCanvas

final class RectTests: XCTestCase {
    let rect = Rect(x: 2, y: 3, width: 10, height: 4)

    func testEdges() {
        XCTAssertEqual(rect.maxX, 12)
        XCTAssertEqual(rect.maxY, 7)
        XCTAssertFalse(rect.isEmpty)
        XCTAssertEqual(Rect(x: 0, y: 0, width: -3, height: 2), Rect(x: 0, y: 0, width: 0, height: 2))
        XCTAssertTrue(Rect(x: 0, y: 0, width: 0, height: 2).isEmpty)
    }

    func testContains() {
        XCTAssertTrue(rect.contains(x: 2, y: 3))
        XCTAssertTrue(rect.contains(x: 11, y: 6))
        XCTAssertFalse(rect.contains(x: 12, y: 6))
        XCTAssertFalse(rect.contains(x: 5, y: 7))
        XCTAssertFalse(rect.contains(x: 1, y: 3))
    }

    func testInset() {
        XCTAssertEqual(rect.inset(by: 1), Rect(x: 3, y: 4, width: 8, height: 2))
        XCTAssertEqual(rect.inset(by: 3), Rect(x: 5, y: 6, width: 4, height: 0))
        XCTAssertTrue(rect.inset(by: 3).isEmpty)
    }

    func testSplitLeftAndRight() {
        let (left, rest) = rect.splitLeft(3)
        XCTAssertEqual(left, Rect(x: 2, y: 3, width: 3, height: 4))
        XCTAssertEqual(rest, Rect(x: 5, y: 3, width: 7, height: 4))
        let (right, remainder) = rect.splitRight(4)
        XCTAssertEqual(right, Rect(x: 8, y: 3, width: 4, height: 4))
        XCTAssertEqual(remainder, Rect(x: 2, y: 3, width: 6, height: 4))
    }

    func testSplitTopAndBottom() {
        let (top, rest) = rect.splitTop(1)
        XCTAssertEqual(top, Rect(x: 2, y: 3, width: 10, height: 1))
        XCTAssertEqual(rest, Rect(x: 2, y: 4, width: 10, height: 3))
        let (bottom, remainder) = rect.splitBottom(1)
        XCTAssertEqual(bottom, Rect(x: 2, y: 6, width: 10, height: 1))
        XCTAssertEqual(remainder, Rect(x: 2, y: 3, width: 10, height: 3))
    }

    func testSplitsClampToTheRect() {
        XCTAssertEqual(rect.splitLeft(20).left, rect)
        XCTAssertEqual(rect.splitLeft(20).rest, Rect(x: 12, y: 3, width: 0, height: 4))
        XCTAssertEqual(rect.splitLeft(-1).left, Rect(x: 2, y: 3, width: 0, height: 4))
        XCTAssertEqual(rect.splitLeft(-1).rest, rect)
        XCTAssertEqual(rect.splitBottom(9).bottom, rect)
        XCTAssertEqual(rect.splitBottom(9).rest, Rect(x: 2, y: 3, width: 10, height: 0))
        XCTAssertEqual(rect.splitRight(99).rest.width, 0)
        XCTAssertEqual(rect.splitTop(-5).top.height, 0)
    }

    func testIntersection() {
        XCTAssertEqual(rect.intersection(Rect(x: 0, y: 0, width: 5, height: 5)), Rect(x: 2, y: 3, width: 3, height: 2))
        XCTAssertTrue(rect.intersection(Rect(x: 50, y: 0, width: 5, height: 5)).isEmpty)
    }
}
