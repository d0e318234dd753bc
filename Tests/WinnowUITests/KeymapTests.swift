import XCTest
import WinnowCanvas
@testable import WinnowUI

final class KeymapTests: XCTestCase {
    private var root: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent() }

    private func load(_ name: String) throws -> Keymap {
        let url = root.appendingPathComponent("Keymaps/\(name).keymap")
        return try Keymap.parse(String(contentsOf: url, encoding: .utf8), file: url.path)
    }

    func testBundledKeymapsParseAndBindTheEssentials() throws {
        for name in ["default", "vim"] {
            let keymap = try load(name)
            XCTAssertEqual(keymap.resolve(.char("a"), in: [.queue, .global]), .verdictGood, name)
            XCTAssertEqual(keymap.resolve(.char("x"), in: [.queue, .global]), .verdictBad, name)
            XCTAssertEqual(keymap.resolve(.char(" "), in: [.queue, .global]), .verdictSkip, name)
            XCTAssertEqual(keymap.resolve(.char("j"), in: [.queue, .global]), .queueNext, name)
            XCTAssertEqual(keymap.resolve(.char("q"), in: [.queue, .global]), .appQuit, name)
            XCTAssertEqual(keymap.resolve(.char("?"), in: [.queue, .global]), .helpToggle, name)
        }
        let standard = try load("default")
        XCTAssertEqual(standard.resolve(KeyEvent(.down), in: [.queue]), .queueNext)
        XCTAssertEqual(standard.resolve(KeyEvent(.tab, modifiers: .shift), in: [.queue]), .labelPrevious)
        XCTAssertEqual(standard.keys(for: .verdictSkip), ["<Space>"])
    }

    func testEveryCommandIsBoundInTheDefaultKeymap() throws {
        let keymap = try load("default")
        for command in Command.allCases {
            XCTAssertFalse(keymap.keys(for: command).isEmpty, "\(command.id) has no key in default.keymap")
        }
    }

    func testOverlayContextWinsOverGlobal() throws {
        let keymap = try load("default")
        XCTAssertEqual(keymap.resolve(.char("q"), in: [.help, .global]), .helpClose)
        XCTAssertEqual(keymap.resolve(.char("q"), in: [.queue, .global]), .appQuit)
    }

    func testErrorsNameFileAndLine() {
        let cases: [(String, Int, String)] = [
            ("bind queue j queue.next\nbind queue j queue.prev\n", 2, "bound twice in context queue (first at line 1)"),
            ("# comment\n\nbind nowhere j queue.next", 3, "unknown context 'nowhere'"),
            ("bind queue j no.such", 1, "unknown command 'no.such'"),
            ("bind queue <Nope> queue.next", 1, "bad key '<Nope>'"),
            ("bind queue jk queue.next", 1, "is 2 keys"),
            ("map j queue.next", 1, "expected `bind <context> <key> <command-id>`"),
        ]
        for (text, line, message) in cases {
            XCTAssertThrowsError(try Keymap.parse(text, file: "my.keymap")) { error in
                let e = error as! KeymapError
                XCTAssertEqual(e.line, line, text)
                XCTAssertTrue(e.description.hasPrefix("my.keymap:\(line): "), e.description)
                XCTAssertTrue(e.message.contains(message), "\(e.message) should contain \(message)")
            }
        }
    }

    func testSameKeyMayBeBoundInDifferentContexts() throws {
        let keymap = try Keymap.parse("bind queue q app.quit\nbind help q help.close", file: "k")
        XCTAssertEqual(keymap.resolve(.char("q"), in: [.help]), .helpClose)
    }
}
