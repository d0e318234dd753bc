import XCTest

@testable import WinnowCore

/// The category figures behind balance and diversity, on items worked out by hand.
final class CategoryCountsTests: XCTestCase {
    private func item(_ id: String, _ labels: [(String, Bool)]) -> ReviewItem {
        ReviewItem(id: id, kind: .screenshot, path: id, imageURL: nil, width: 10, height: 10, labels: labels.enumerated().map { n, label in
            var made = Label(id: "\(id)-\(n)", category: label.0, bbox: nil, confidence: 1, source: "coco", verified: false)
            made.rejected = label.1
            return made
        }, metadata: JSONObject())
    }

    func testRejectedLabelsAreNotKeptButStillMakeTheItemsSet() {
        let items = [item("1", [("button", false), ("link", false)]),
                     item("2", [("link", false), ("button", false)]),  // the same set as 1, in another order
                     item("3", [("button", false), ("button", false), ("icon", true)]),
                     item("4", [("icon", true)]),
                     item("5", [])]
        let counts = CategoryCounts(items, distinctSets: true)
        XCTAssertEqual(counts.names, ["button", "link", "icon"], "in the order met")
        XCTAssertEqual(counts.kept, [4, 2, 0])
        XCTAssertEqual(counts.all, ["button": 4, "link": 2, "icon": 2])
        XCTAssertEqual(counts.distinctSets, 4, "{button, link}, {button, button, icon}, {icon}, {}")
        XCTAssertEqual(CategoryCounts(items, distinctSets: false).distinctSets, 0)
    }
}
