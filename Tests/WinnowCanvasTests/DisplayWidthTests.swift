import XCTest
@testable import WinnowCanvas

final class DisplayWidthTests: XCTestCase {
    func testASCII() {
        XCTAssertEqual(DisplayWidth.of("a" as Character), 1)
        XCTAssertEqual(DisplayWidth.of("hello, world"), 12)
        XCTAssertEqual(DisplayWidth.of(""), 0)
    }

    func testEastAsianWideAndFullwidth() {
        XCTAssertEqual(DisplayWidth.of("漢" as Character), 2)
        XCTAssertEqual(DisplayWidth.of("日本a"), 5)
        XCTAssertEqual(DisplayWidth.of("한글"), 4)
        XCTAssertEqual(DisplayWidth.of("Ａ" as Character), 2)   // fullwidth A
        XCTAssertEqual(DisplayWidth.of("ｱ" as Character), 1)   // halfwidth katakana
        XCTAssertEqual(DisplayWidth.of("、" as Character), 2)
    }

    func testCombiningAndZeroWidth() {
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1)          // decomposed é is one column
        XCTAssertEqual(DisplayWidth.of("\u{301}" as Character), 0)
        XCTAssertEqual(DisplayWidth.of("\u{200B}" as Character), 0)
        XCTAssertEqual(DisplayWidth.of("\u{1B}" as Character), 0)
        XCTAssertEqual(DisplayWidth.of("\u{AD}" as Character), 1) // soft hyphen, as glibc
    }

    func testEmoji() {
        XCTAssertEqual(DisplayWidth.of("😀" as Character), 2)
        XCTAssertEqual(DisplayWidth.of("👍🏽" as Character), 2)
        XCTAssertEqual(DisplayWidth.of("👨‍👩‍👧" as Character), 2)
        XCTAssertEqual(DisplayWidth.of("ok👍"), 4)
        XCTAssertEqual(DisplayWidth.of("⌚" as Character), 2)
        XCTAssertEqual(DisplayWidth.of("☀" as Character), 1)    // text-presentation symbol
    }

    func testBoxAndBlockSymbolsAreNarrow() {
        XCTAssertEqual(DisplayWidth.of("┌─▀░⣿…"), 6)
    }
}
