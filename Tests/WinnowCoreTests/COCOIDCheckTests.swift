import XCTest

@testable import WinnowCore

/// Repeated ids are found whether the ids came in order (no set kept) or not, numbers or strings.
final class COCOIDCheckTests: XCTestCase {
    private func repeats(_ ids: [COCOIdentifier]) -> String? {
        var check = COCOIDCheck(section: "annotation", expectedCount: ids.count)
        for id in ids { _ = check.record(id) }
        return check.issues(location: "a.json").first { $0.code == "coco.duplicate-id" }?.message
    }

    func testAscendingIdsAreUniqueAndAnyRepeatIsFoundAfterThem() {
        XCTAssertNil(repeats((1...1000).map(COCOIdentifier.number)))
        XCTAssertEqual(repeats((1...1000).map(COCOIdentifier.number) + [.number(17), .number(1001), .number(1001)]),
                       "2 annotation ids are used more than once; the first wins (17, 1001)")
        XCTAssertEqual(repeats([.number(3), .number(3)]), "1 annotation ids are used more than once; the first wins (3)")
    }

    func testOutOfOrderAndStringIdsStillCompareAsWritten() {
        XCTAssertNil(repeats([.number(5), .number(2), .text("5"), .number(9), .text("x")]), "the string \"5\" is not the number 5")
        XCTAssertEqual(repeats([.number(5), .number(2), .number(9), .number(2), .text("x"), .text("x")]),
                       "2 annotation ids are used more than once; the first wins (2, x)")
        var check = COCOIDCheck(section: "image", expectedCount: 2)
        XCTAssertTrue(check.record(.number(0)))
        XCTAssertFalse(check.record(.number(0)))
        XCTAssertEqual(check.issues(location: "a.json").map(\.code), ["coco.id-zero", "coco.duplicate-id"])
    }
}
