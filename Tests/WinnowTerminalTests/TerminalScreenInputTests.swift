#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WinnowCanvas
import WinnowTerminal
import XCTest

final class TerminalScreenInputTests: XCTestCase {
    private var terminal: HeadlessTerminal!

    override func setUpWithError() throws { terminal = try HeadlessTerminal() }
    override func tearDown() { terminal = nil }

    private func keys(after typing: String, count: Int) -> [TerminalInput?] {
        terminal.type(typing)
        return (0..<count).map { _ in terminal.screen.nextInput(timeoutMilliseconds: 200) }
    }

    private func key(_ key: Key, _ modifiers: KeyModifiers = []) -> TerminalInput {
        .key(KeyEvent(key, modifiers: modifiers))
    }

    func testArrowThenLetter() {
        XCTAssertEqual(keys(after: "\u{1B}OA" + "a", count: 2), [key(.up), key(.character("a"))])
    }

    func testCSIArrowsWorkEvenInKeypadMode() {
        XCTAssertEqual(keys(after: "\u{1B}[A\u{1B}[D", count: 2), [key(.up), key(.left)])
    }

    func testModifiedArrowsFromExtendedTerminfoNames() {
        let typed = "\u{1B}[1;5D" + "\u{1B}[1;2C" + "\u{1B}[1;3A" + "\u{1B}[1;6B" + "\u{1B}[1;2A"
        XCTAssertEqual(keys(after: typed, count: 5), [
            key(.left, .control), key(.right, .shift), key(.up, .alt), key(.down, [.control, .shift]), key(.up, .shift),
        ])
    }

    func testEditingAndFunctionKeys() {
        let typed = "\u{1B}[3~" + "\u{1B}[2~" + "\u{1B}[5~" + "\u{1B}[6~" + "\u{1B}OH" + "\u{1B}OF" + "\u{1B}OP" + "\u{1B}[24~" + "\u{1B}[Z"
        XCTAssertEqual(keys(after: typed, count: 9), [
            key(.delete), key(.insert), key(.pageUp), key(.pageDown), key(.home), key(.end),
            key(.function(1)), key(.function(12)), key(.tab, .shift),
        ])
    }

    func testControlCharacters() {
        XCTAssertEqual(keys(after: "\u{01}\u{1A}\t\r\n\u{7F}\u{08}", count: 7), [
            key(.character("a"), .control), key(.character("z"), .control), key(.tab), key(.enter), key(.enter),
            key(.backspace), key(.backspace),
        ])
    }

    func testLoneEscapeAndAltKey() {
        XCTAssertEqual(keys(after: "\u{1B}", count: 1), [key(.escape)])
        XCTAssertEqual(keys(after: "\u{1B}x", count: 1), [key(.character("x"), .alt)])
        XCTAssertEqual(keys(after: "\u{1B}\u{1B}", count: 2), [key(.escape), key(.escape)])
    }

    func testWideAndAccentedCharacters() {
        XCTAssertEqual(keys(after: "é中 ", count: 3), [key(.character("é")), key(.character("中")), key(.character(" "))])
    }

    func testTimeoutReturnsNil() {
        XCTAssertNil(terminal.screen.nextInput(timeoutMilliseconds: 10))
        XCTAssertNil(terminal.screen.nextInput(timeoutMilliseconds: 0))
    }

    func testInterruptSignalIsReported() {
        raise(SIGINT)
        XCTAssertEqual(terminal.screen.nextInput(timeoutMilliseconds: 50), .interrupted)
        raise(SIGTERM)
        XCTAssertEqual(terminal.screen.nextInput(timeoutMilliseconds: -1), .interrupted)
        XCTAssertNil(terminal.screen.nextInput(timeoutMilliseconds: 0))
    }
}
