import XCTest

@testable import WinnowCore

/// Items share their fields until one changes (copy on write): a change to a copy, in place or
/// whole, never shows in the original or in the array it came from.
final class ReviewItemCopyTests: XCTestCase {
    private func item() -> ReviewItem {
        ReviewItem(id: "a", kind: .screenshot, path: "a.png", imageURL: nil, width: 10, height: 20,
                   labels: [Label(id: "1", category: "button", bbox: BoundingBox(x: 1, y: 2, width: 3, height: 4), confidence: 0.4, source: "m", verified: false)])
    }

    func testAChangedCopyLeavesTheOriginalAsItWas() throws {
        let original = item()
        var copy = original
        copy.labels[0].verified = true
        copy.labels.append(try original.labels.element(0))
        copy.id = "b"
        copy.textContent = TextContent(text: "hello")
        copy.textContent?.correct("text", to: "bye")
        XCTAssertEqual(original.labels.map(\.verified), [false])
        XCTAssertEqual(original.id, "a")
        XCTAssertEqual(original.localID, "a")
        XCTAssertNil(original.textContent)
        XCTAssertEqual(copy.labels.map(\.verified), [true, false])
        XCTAssertEqual(copy.textContent?.text, "bye")
        XCTAssertEqual(copy.textContent?.original, "hello")
        XCTAssertEqual(copy.width, 10)
    }

    func testItemsInAnArrayChangeOneAtATime() throws {
        var items = Array(repeating: item(), count: 3)
        let before = items
        items[1].labels[0].category = "link"
        items[2].width = 99
        XCTAssertEqual(items.map { $0.labels.first?.category }, ["button", "link", "button"])
        XCTAssertEqual(items.map(\.width), [10, 10, 99])
        XCTAssertEqual(before.map { $0.labels.first?.category }, ["button", "button", "button"])
        XCTAssertEqual(before.map(\.width), [10, 10, 10])
    }

    /// Rare fields (signal, text, pair, model output) sit behind a reference: changed in place, an
    /// array in one is changed without a copy when nothing else holds it, and a copy of the item
    /// keeps its own.
    func testARareFieldChangedInPlaceIsNotCopiedAndCopiesStayApart() throws {
        var item = item()
        item.modelOutput = ModelOutput(boxes: [], models: ["a"], iouThreshold: 0.5)
        item.modelOutput?.models.reserveCapacity(100)
        let before = item.modelOutput?.models.withUnsafeBufferPointer { $0.baseAddress }
        item.modelOutput?.models.append("b")
        XCTAssertEqual(item.modelOutput?.models.withUnsafeBufferPointer { $0.baseAddress }, before, "changed where it was")
        let copy = item
        item.modelOutput?.models.append("c")
        item.pair = nil
        XCTAssertEqual(item.modelOutput?.models, ["a", "b", "c"])
        XCTAssertEqual(copy.modelOutput?.models, ["a", "b"])
        item.modelOutput = nil
        XCTAssertNil(item.modelOutput)
        XCTAssertEqual(copy.modelOutput?.iouThreshold, 0.5)
    }
}
