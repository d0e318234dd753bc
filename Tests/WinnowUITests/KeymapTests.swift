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

/// The modal prompts read their keys from the keymap's `prompt` context, like every other key.
final class PromptKeymapTests: XCTestCase {
    private func state(withPromptKeys bindings: String) throws -> AppState {
        let base = Fixtures.keymap.ordered.filter { $0.context != .prompt }
            .map { "bind \($0.context.rawValue) \(KeyNotation.name(of: $0.key)) \($0.command.id)" }.joined(separator: "\n")
        return Fixtures.state(Fixtures.threeItems(), keymap: try Keymap.parse(base + "\n" + bindings, file: "test.keymap"))
    }

    func testRemappedSubmitCancelAndEraseDriveTheFilterPrompt() throws {
        var state = try state(withPromptKeys: "bind prompt <C-j> prompt.submit\nbind prompt <C-g> prompt.cancel\nbind prompt <C-h> prompt.erase")
        for key in [KeyEvent(.character("/")), .char("t"), .char("x"), KeyEvent(.character("h"), modifiers: .control), KeyEvent(.escape)] {
            _ = AppReducer.reduce(&state, .key(key))
        }
        XCTAssertEqual(state.overlay, .filterPrompt("t"), "Ctrl-H erased x; Esc is not bound to cancel here")
        _ = AppReducer.reduce(&state, .key(KeyEvent(.character("g"), modifiers: .control)))
        XCTAssertEqual(state.overlay, Overlay.none)
        for key in [KeyEvent(.character("/")), .char("i"), .char("d"), .char(":"), .char("b"), KeyEvent(.character("j"), modifiers: .control)] {
            _ = AppReducer.reduce(&state, .key(key))
        }
        XCTAssertEqual(state.filter.text, "id:b")
        XCTAssertEqual(state.queue.count, 1)
    }

    func testBatchConfirmationTakesTheConfirmKeyFromTheKeymap() throws {
        var state = try state(withPromptKeys: "bind prompt <Enter> prompt.submit\nbind prompt <Esc> prompt.cancel\nbind prompt o prompt.confirm")
        _ = AppReducer.reduce(&state, .key(.char("B")))
        XCTAssertEqual(AppReducer.reduce(&state, .key(.char("y"))), [], "y is not the confirm key in this keymap")
        XCTAssertEqual(state.message?.text, "batch accept cancelled")
        _ = AppReducer.reduce(&state, .key(.char("B")))
        let effects = AppReducer.reduce(&state, .key(.char("o")))
        XCTAssertEqual(effects.first, .appendJournal(dataset: 0, action: .batchVerdict(items: ["a", "b", "c"], verdict: .good, note: nil), origin: .batch))
    }

    func testReasonsArePickedByThePickCommands() throws {
        var state = try state(withPromptKeys: "bind prompt <Enter> prompt.submit\nbind prompt <Esc> prompt.cancel\nbind prompt F prompt.pick-2")
        state.reasons = ["wrong box", "duplicate"]
        _ = AppReducer.reduce(&state, .key(.char("R")))
        let effects = AppReducer.reduce(&state, .key(.char("F")))
        XCTAssertEqual(effects.first, .appendJournal(dataset: 0, action: .verdict(item: "a", verdict: .bad, note: nil, reason: "duplicate"),
                                                     origin: .verdict(item: 0)))
    }

    func testTheBundledKeymapsBindTheEssentials() throws {
        XCTAssertTrue(Fixtures.keymap.missingEssentials.isEmpty)
        let bare = try Keymap.parse("bind queue a verdict.good\n", file: "bare.keymap")
        XCTAssertEqual(bare.missingEssentials.map(\.command), [.promptSubmit, .promptCancel, .appQuit, .appQuit])
    }
}

/// Every line prompt edits like a shell line: Ctrl-U, Ctrl-W, Ctrl-A/E, Home/End and the arrows.
final class LineEditingTests: XCTestCase {
    private func type(_ keys: String, into start: LineDraft = LineDraft()) throws -> LineDraft {
        var line = start
        for key in try KeyNotation.parse(keys) {
            if case .edited(let changed) = LineEditing.apply(key, to: line, keymap: Fixtures.keymap) { line = changed }
        }
        return line
    }

    func testCtrlUClearsWhatIsBeforeTheCursorAndCtrlWAWord() throws {
        XCTAssertEqual(try type("<C-u> c o n f <lt> 0 . 8", into: "tier:low").text, "conf<0.8")
        XCTAssertEqual(try type("<C-w>", into: "tier:low cat:button").text, "tier:low ")
        XCTAssertEqual(try type("<C-w> <C-w>", into: "tier:low cat:button ").text, "")
    }

    func testTheCursorMovesAndTypingInsertsThere() throws {
        let line = try type("<Home> x <End> y <Left> <Left> z <C-a> <Right> w <C-e>", into: "ab")
        XCTAssertEqual(line.text, "xwazby")
        XCTAssertEqual(line.cursor, 6)
        XCTAssertEqual(try type("<Left> <BS>", into: "abc"), LineDraft(text: "ac", cursor: 1))
    }

    func testTheFilterPromptOpensWithTheFilterAndCtrlUReplacesIt() throws {
        var state = Fixtures.state(Fixtures.threeItems())
        for key in try KeyNotation.parse("/ t i e r : l o w <Enter> / <C-u> i d : b <Enter>") { _ = AppReducer.reduce(&state, .key(key)) }
        XCTAssertEqual(state.filter.text, "id:b", "not tier:lowid:b")
    }
}
