import XCTest

@testable import WinnowCore

/// A label's event and span share one field: setting one never loses the other's absence or value
/// by accident, and the packed label stays small (a dataset may hold millions).
final class LabelPackingTests: XCTestCase {
    func testEventAndSpanShareAFieldWithoutLosingEachOther() {
        var label = Label(id: "1", category: "PER", bbox: nil, confidence: 1, source: "conll", verified: false)
        label.span = TextSpan(start: 3, end: 9)
        label.event = nil
        XCTAssertEqual(label.span, TextSpan(start: 3, end: 9), "clearing an absent event keeps the span")
        label.span = nil
        XCTAssertNil(label.span)
        let entry = SignalEventPosition(type: .entry, sample: 40, positionMM: 1.25)
        var event = Label(id: "e", category: "entry", bbox: nil, confidence: 0.9, source: "detector", verified: false, event: entry)
        event.span = nil
        XCTAssertEqual(event.event, entry)
        XCTAssertNotEqual(event, Label(id: "e", category: "entry", bbox: nil, confidence: 0.9, source: "detector", verified: false))
        XCTAssertLessThanOrEqual(MemoryLayout<Label>.stride, 104)
    }

    func testShrinkToFitKeepsTheElementsAndDropsSpareCapacity() {
        var labels: [Int] = []
        for n in 0..<10 { labels.append(n) }
        labels.shrinkToFit()
        XCTAssertEqual(labels, Array(0..<10))
        XCTAssertLessThan(labels.capacity, 16)
    }
}
