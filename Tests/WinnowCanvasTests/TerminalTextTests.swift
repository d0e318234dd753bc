import XCTest
@testable import WinnowCanvas

final class TerminalTextTests: XCTestCase {
    func testEscapeSequenceInjectionBecomesVisible() {
        XCTAssertEqual(TerminalText.sanitized("\u{1B}[2J"), "^[[2J")
        XCTAssertEqual(TerminalText.sanitized("label\u{1B}]0;pwned\u{7}"), "label^[]0;pwned^G")
    }

    func testC0ControlsAndDelete() {
        XCTAssertEqual(TerminalText.sanitized("a\tb\nc\rd\u{7F}"), "a^Ib^Jc^Md^?")
        XCTAssertEqual(TerminalText.sanitized("\u{0}\u{1F}"), "^@^_")
    }

    func testC1Controls() {
        XCTAssertEqual(TerminalText.sanitized("\u{9B}31m"), "<U+009B>31m")
        XCTAssertEqual(TerminalText.sanitized("\u{85}\u{80}"), "<U+0085><U+0080>")
    }

    func testBidiAndInvisibleCharacters() {
        XCTAssertEqual(TerminalText.sanitized("invoice\u{202E}fdp.exe"), "invoice<U+202E>fdp.exe")
        XCTAssertEqual(TerminalText.sanitized("\u{2066}x\u{2069}"), "<U+2066>x<U+2069>")
        XCTAssertEqual(TerminalText.sanitized("a\u{200B}b\u{FEFF}"), "a<U+200B>b<U+FEFF>")
        XCTAssertEqual(TerminalText.sanitized("hi\u{E0041}\u{E0042}"), "hi<U+E0041><U+E0042>") // tag smuggling
    }

    func testOrdinaryTextIsUnchanged() {
        for text in ["login_button", "café", "e\u{301}", "日本語", "👨‍👩‍👧", "❤️", "🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}", "a\u{200C}b", "<U+202E>"] {
            XCTAssertEqual(TerminalText.sanitized(text), text)
        }
    }

    func testSanitizingTwiceChangesNothing() {
        let once = TerminalText.sanitized("\u{1B}[31m\u{9B}\u{202E}x\t")
        XCTAssertEqual(TerminalText.sanitized(once), once)
    }

    func testTruncatedByDisplayWidth() {
        XCTAssertEqual(TerminalText.truncated("hello world", toWidth: 8), "hello w…")
        XCTAssertEqual(TerminalText.truncated("hello", toWidth: 5), "hello")
        XCTAssertEqual(TerminalText.truncated("漢字漢字", toWidth: 5), "漢字…")
        XCTAssertEqual(TerminalText.truncated("漢字漢字", toWidth: 4), "漢…")
        XCTAssertEqual(TerminalText.truncated("hello", toWidth: 1), "…")
        XCTAssertEqual(TerminalText.truncated("hello", toWidth: 0), "")
        XCTAssertEqual(TerminalText.truncated("hello", toWidth: 3, ellipsis: "~"), "he~")
    }
}

final class TerminalTextWrappingTests: XCTestCase {
    func testWrapsAtSpacesAndSplitsLongWords() {
        XCTAssertEqual(TerminalText.wrapped("label 9 (submit_button) and label 10 overlap", width: 12),
                       ["label 9", "(submit_butt", "on) and", "label 10", "overlap"])
        XCTAssertEqual(TerminalText.wrapped("日本語テキスト", width: 5), ["日本", "語テ", "キス", "ト"])
        XCTAssertEqual(TerminalText.wrapped("a\u{1B}b", width: 10), ["a^[b"])
        XCTAssertEqual(TerminalText.wrapped("", width: 10), [])
        XCTAssertEqual(TerminalText.wrapped("x", width: 0), [])
    }
}
