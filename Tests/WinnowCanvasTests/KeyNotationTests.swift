import XCTest
@testable import WinnowCanvas

final class KeyNotationTests: XCTestCase {
    func parse(_ text: String) -> [KeyEvent] {
        do { return try KeyNotation.parse(text) } catch { XCTFail("\(text): \(error)"); return [] }
    }

    func error(_ text: String) -> String? {
        do { _ = try KeyNotation.parse(text); return nil } catch { return error.description }
    }

    func testPlainCharactersAndSpacesBetween() {
        XCTAssertEqual(parse("a U ? /"), [.char("a"), .char("U"), .char("?"), .char("/")])
        XCTAssertEqual(parse("jk\n  x"), [.char("j"), .char("k"), .char("x")])
        XCTAssertEqual(parse("é>"), [.char("é"), .char(">")])
        XCTAssertEqual(parse(""), [])
    }

    func testNamedKeysAndAliases() {
        XCTAssertEqual(parse("<Space><Enter><CR><Return><Esc><Tab><BS><Backspace><Del><Insert>"), [
            .char(" "), KeyEvent(.enter), KeyEvent(.enter), KeyEvent(.enter), KeyEvent(.escape), KeyEvent(.tab),
            KeyEvent(.backspace), KeyEvent(.backspace), KeyEvent(.delete), KeyEvent(.insert),
        ])
        XCTAssertEqual(parse("<Up><Down><Left><Right><Home><End><PageUp><PageDown><F1><F12>"), [
            KeyEvent(.up), KeyEvent(.down), KeyEvent(.left), KeyEvent(.right), KeyEvent(.home), KeyEvent(.end),
            KeyEvent(.pageUp), KeyEvent(.pageDown), KeyEvent(.function(1)), KeyEvent(.function(12)),
        ])
        XCTAssertEqual(parse("<lt><gt>"), [.char("<"), .char(">")])
        XCTAssertEqual(parse("<U+1B>"), [.char("\u{1B}")])
    }

    func testNamesAreCaseInsensitive() {
        XCTAssertEqual(parse("<esc><ESC><pageup><PAGEDOWN><f5><s-tab><LT>"), [
            KeyEvent(.escape), KeyEvent(.escape), KeyEvent(.pageUp), KeyEvent(.pageDown), KeyEvent(.function(5)),
            KeyEvent(.tab, modifiers: .shift), .char("<"),
        ])
    }

    func testModifiers() {
        XCTAssertEqual(parse("<S-Tab>"), [KeyEvent(.tab, modifiers: .shift)])
        XCTAssertEqual(parse("<C-x>"), [KeyEvent(.character("x"), modifiers: .control)])
        XCTAssertEqual(parse("<C-X>"), [KeyEvent(.character("x"), modifiers: .control)])
        XCTAssertEqual(parse("<C-S-Left>"), [KeyEvent(.left, modifiers: [.control, .shift])])
        XCTAssertEqual(parse("<M-x><A-x>"), [KeyEvent(.character("x"), modifiers: .alt), KeyEvent(.character("x"), modifiers: .alt)])
        XCTAssertEqual(parse("<C-Space><C-->"), [KeyEvent(.character(" "), modifiers: .control), KeyEvent(.character("-"), modifiers: .control)])
        XCTAssertEqual(parse("<a-S-c-F3>"), [KeyEvent(.function(3), modifiers: [.control, .alt, .shift])])
    }

    func testErrorsSayWhatAndWhere() {
        XCTAssertEqual(error("ab  <Foo>"), "unknown key name <Foo> at column 5")
        XCTAssertEqual(error("ab<C-x"), "unterminated < at column 3")
        XCTAssertEqual(error("<>"), "empty key name <> at column 1")
        XCTAssertEqual(error("x<C->"), "missing key after modifiers in <C-> at column 2")
        XCTAssertEqual(error("<F0>"), "unknown key name <F0> at column 1")
        XCTAssertEqual(error("<F64>"), "unknown key name <F64> at column 1")
        XCTAssertEqual(error("<Q-x>"), "unknown key name <Q-x> at column 1")
        XCTAssertEqual(error("a\u{1}"), "control character <U+0001> (write it in <...>) at column 2")
        do { _ = try KeyNotation.parse("  <Nope>") } catch {
            XCTAssertEqual(error, KeyNotationError(message: "unknown key name <Nope>", offset: 2))
        }
    }

    func testCanonicalNames() {
        let cases: [(KeyEvent, String)] = [
            (.char("a"), "a"), (.char("U"), "U"), (.char("?"), "?"), (.char(" "), "<Space>"),
            (.char("<"), "<lt>"), (.char(">"), "<gt>"), (.char("\u{1B}"), "<U+001B>"), (.char("\t"), "<U+0009>"),
            (KeyEvent(.tab, modifiers: .shift), "<S-Tab>"),
            (KeyEvent(.character("x"), modifiers: .control), "<C-x>"),
            (KeyEvent(.character("X"), modifiers: .control), "<C-x>"),
            (KeyEvent(.left, modifiers: .shift), "<S-Left>"),
            (KeyEvent(.pageDown), "<PageDown>"),
            (KeyEvent(.enter), "<Enter>"), (KeyEvent(.escape), "<Esc>"), (KeyEvent(.backspace), "<BS>"),
            (KeyEvent(.function(5), modifiers: [.shift, .alt, .control]), "<C-A-S-F5>"),
            (KeyEvent(.character("<"), modifiers: .alt), "<A-lt>"),
            (KeyEvent(.character(" "), modifiers: .control), "<C-Space>"),
        ]
        for (event, name) in cases { XCTAssertEqual(KeyNotation.name(of: event), name) }
    }

    func testRoundTripOverManyKeys() {
        let keys: [Key] = [.enter, .escape, .tab, .backspace, .delete, .insert, .up, .down, .left, .right,
                           .home, .end, .pageUp, .pageDown, .function(1), .function(12), .function(24)]
            + ["a", "z", "A", "0", "9", "?", "/", "-", "<", ">", " ", "漢", "é", "\u{1B}", "\u{7F}", "\u{202E}"].map { Key.character($0) }
        let modifierSets: [KeyModifiers] = [[], .shift, .control, .alt, [.control, .shift], [.control, .alt, .shift]]
        var script = ""
        var expected: [KeyEvent] = []
        for key in keys {
            for modifiers in modifierSets {
                var event = KeyEvent(key, modifiers: modifiers)
                if modifiers.contains(.control), case .character(let c) = key, c.isUppercase { event.key = .character(Character(c.lowercased())) }
                let name = KeyNotation.name(of: event)
                XCTAssertEqual(parse(name), [event], name)
                script += name + " "
                expected.append(event)
            }
        }
        XCTAssertEqual(parse(script), expected)
    }
}
