@testable import WinnowTerminal
import WinnowCanvas
import XCTest

final class ColorAndKeyMappingTests: XCTestCase {
    func testColorModeFromPaletteSize() {
        XCTAssertEqual(ColorMode(paletteSize: 0), .mono)
        XCTAssertEqual(ColorMode(paletteSize: 8), .ansi16)
        XCTAssertEqual(ColorMode(paletteSize: 256), .indexed256)
        XCTAssertEqual(ColorMode(paletteSize: 1 << 24), .direct)
    }

    func testRGBMapsPerMode() {
        let indexed = TerminalColorMapper(mode: .indexed256, paletteSize: 256, hasDefaultColors: true)
        XCTAssertEqual(indexed.number(for: .rgb(255, 0, 0), foreground: true), 196)
        XCTAssertEqual(indexed.number(for: .rgb(128, 128, 128), foreground: true), 244)
        XCTAssertEqual(indexed.number(for: .terminalDefault, foreground: true), -1)

        let ansi = TerminalColorMapper(mode: .ansi16, paletteSize: 16, hasDefaultColors: false)
        XCTAssertEqual(ansi.number(for: .rgb(250, 5, 5), foreground: true), 9)
        XCTAssertEqual(ansi.number(for: .indexed(196), foreground: true), 9)
        XCTAssertEqual(ansi.number(for: .terminalDefault, foreground: false), 0)

        let eight = TerminalColorMapper(mode: .ansi16, paletteSize: 8, hasDefaultColors: true)
        XCTAssertEqual(eight.number(for: .rgb(250, 5, 5), foreground: true), 1)

        let direct = TerminalColorMapper(mode: .direct, paletteSize: 1 << 24, hasDefaultColors: true)
        XCTAssertEqual(direct.number(for: .rgb(0x12, 0x34, 0x56), foreground: true), 0x123456)
        XCTAssertEqual(direct.number(for: .rgb(0, 0, 3), foreground: true), 8)
        XCTAssertEqual(direct.number(for: .indexed(2), foreground: true), 2)
        XCTAssertEqual(direct.number(for: .indexed(196), foreground: true), 0xFF0000)
    }

    func testPairTableAllocatesOnceAndStopsAtBudget() {
        var defined: [Int32] = []
        var table = ColorPairTable(budget: 2) { pair, _, _ in defined.append(pair); return true }
        XCTAssertEqual(table.pair(foreground: -1, background: -1), 0)
        XCTAssertEqual(table.pair(foreground: 1, background: 2), 1)
        XCTAssertEqual(table.pair(foreground: 1, background: 2), 1)
        XCTAssertEqual(table.pair(foreground: 300, background: 2), 2)
        XCTAssertNil(table.pair(foreground: 3, background: 4))
        table.removeAll()
        XCTAssertEqual(table.pair(foreground: 3, background: 4), 1)
        XCTAssertEqual(defined, [1, 2, 1])
    }

    func testExtendedKeyNames() {
        XCTAssertEqual(CursesKeyTranslator.extendedEvent(named: "kLFT5"), KeyEvent(.left, modifiers: .control))
        XCTAssertEqual(CursesKeyTranslator.extendedEvent(named: "kRIT2"), KeyEvent(.right, modifiers: .shift))
        XCTAssertEqual(CursesKeyTranslator.extendedEvent(named: "kUP"), KeyEvent(.up, modifiers: .shift))
        XCTAssertEqual(CursesKeyTranslator.extendedEvent(named: "kDN6"), KeyEvent(.down, modifiers: [.control, .shift]))
        XCTAssertEqual(CursesKeyTranslator.extendedEvent(named: "kHOM3"), KeyEvent(.home, modifiers: .alt))
        XCTAssertEqual(CursesKeyTranslator.extendedEvent(named: "kDC8"), KeyEvent(.delete, modifiers: [.control, .shift, .alt]))
        XCTAssertNil(CursesKeyTranslator.extendedEvent(named: "kxIN"))
        XCTAssertNil(CursesKeyTranslator.extendedEvent(named: "KEY_MOUSE"))
    }

    func testControlAndC1Characters() {
        let keys = CursesKeyTranslator { _ in nil }
        XCTAssertEqual(keys.characterEvent(0), KeyEvent(.character(" "), modifiers: .control))
        XCTAssertEqual(keys.characterEvent(28), KeyEvent(.character("\\"), modifiers: .control))
        XCTAssertNil(keys.characterEvent(0x9B))
    }
}

/// UTF-8 or ASCII, decided from the locale variables as tmux decides.
final class LocaleChoiceTests: XCTestCase {
    func testTheFirstVariableSetDecides() {
        XCTAssertTrue(LocaleChoice.namesUTF8(["LANG": "C.UTF-8"]))
        XCTAssertTrue(LocaleChoice.namesUTF8(["LANG": "en_US.utf8"]))
        XCTAssertFalse(LocaleChoice.namesUTF8(["LANG": "C"]))
        XCTAssertFalse(LocaleChoice.namesUTF8([:]))
        XCTAssertFalse(LocaleChoice.namesUTF8(["LC_ALL": "C", "LANG": "C.UTF-8"]), "LC_ALL wins")
        XCTAssertTrue(LocaleChoice.namesUTF8(["LC_CTYPE": "de_DE.UTF-8", "LANG": "C"]), "LC_CTYPE before LANG")
        XCTAssertTrue(LocaleChoice.namesUTF8(["LC_ALL": "", "LANG": "C.UTF-8"]), "an empty variable counts as unset")
    }
}
