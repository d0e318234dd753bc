import XCTest

@testable import WinnowCore

final class NameNumberingTests: XCTestCase {
    /// Numbers stay those first given, by comparison while the names are few and through the
    /// dictionary past that, for names met again in any order.
    func testNamesKeepTheirNumbersPastTheComparedFew() {
        var numbering = NameNumbering()
        let names = (0..<40).map { "category \($0)" } + ["e\u{301}t\u{E9}"]
        XCTAssertEqual(names.map { numbering.number(of: $0) }, Array(0..<41))
        XCTAssertEqual(names.reversed().map { numbering.number(of: $0) }, Array((0..<41).reversed()))
        XCTAssertEqual(numbering.number(of: "\u{E9}t\u{E9}"), 40, "canonically equal, as String and Dictionary compare")
        XCTAssertEqual(numbering.number(of: "new"), 41)
        XCTAssertEqual(numbering.names, names + ["new"])
    }
}
