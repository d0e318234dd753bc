import XCTest

@testable import WinnowApp

/// Table columns line up however a name is written: padding counts the columns the escaped text
/// takes, not its characters (a category with an ESC or CJK in it pushed the numbers out).
final class TerminalSafePaddingTests: XCTestCase {
    func testPaddingCountsColumnsOfTheEscapedText() {
        XCTAssertEqual(TerminalSafe.padded("a\u{1B}b", toWidth: 6), "a^[b  ")
        XCTAssertEqual(TerminalSafe.padded("中文", toWidth: 6), "中文  ")
        XCTAssertEqual(TerminalSafe.padded("e\u{301}", toWidth: 3), "e\u{301}  ")
        XCTAssertEqual(TerminalSafe.padded("toolong", toWidth: 3), "toolong")
        XCTAssertEqual(TerminalSafe.width("中\u{1B}"), 4)
    }
}
