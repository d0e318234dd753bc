import XCTest

@testable import WinnowCore

final class RepeatedStringsTests: XCTestCase {
    /// The same text comes back for the same bytes, however many others came between.
    func testTextsComeBackEqualPastTheFewKept() {
        var strings = RepeatedStrings()
        let texts = ["template_matching", "user_click", ""] + (0..<20).map { "source number \($0)" } + ["template_matching", "caf\u{E9}"]
        for text in texts + texts.reversed() {
            var copy = text
            let back = copy.withUTF8 { strings.string($0) }
            XCTAssertEqual(back, text)
            XCTAssertEqual(Array(back.utf8), Array(text.utf8))
        }
    }
}
