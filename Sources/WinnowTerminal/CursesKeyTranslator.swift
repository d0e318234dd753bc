import CNcursesw
import WinnowCanvas

/// Turns what `wget_wch` returns into Winnow key events. Pure apart from the key-name lookup,
/// so tests can feed it codes directly. ESC handling (lone Escape or Alt+key) needs timing and
/// lives in TerminalScreen.
struct CursesKeyTranslator {
    /// `keyname()`: names terminfo's extended keys, e.g. "kLFT5" for ctrl-left.
    let keyName: (Int32) -> String?

    /// nil for input Winnow has no name for (mouse reports, C1 controls, unknown codes).
    func event(for raw: CursesRawKey) -> KeyEvent? {
        switch raw {
        case .character(let value): characterEvent(value)
        case .code(let code): codeEvent(code)
        }
    }

    func characterEvent(_ value: UInt32) -> KeyEvent? {
        switch value {
        case 9: KeyEvent(.tab)
        case 10, 13: KeyEvent(.enter)
        case 8, 127: KeyEvent(.backspace)
        case 27: KeyEvent(.escape)
        case 0: KeyEvent(.character(" "), modifiers: .control)
        case 1...26, 28...31: controlEvent(value)
        case 0x80..<0xA0: nil
        default: Unicode.Scalar(value).map { KeyEvent(.character(Character($0))) }
        }
    }

    func codeEvent(_ code: Int32) -> KeyEvent? {
        if let event = Self.namedCodes[code] { return event }
        let f0 = KEY_F0
        if code > f0 && code <= f0 + 63 { return KeyEvent(.function(Int(code - f0))) }
        return keyName(code).flatMap(Self.extendedEvent(named:))
    }

    /// Ctrl+letter arrives as 1...26 (`<C-a>`...`<C-z>`); 28...31 are Ctrl+\ ] ^ _.
    private func controlEvent(_ value: UInt32) -> KeyEvent? {
        let base = value <= 26 ? value + 96 : value + 64
        return Unicode.Scalar(base).map { KeyEvent(.character(Character($0)), modifiers: .control) }
    }

    /// Parses xterm's extended key names: a base ("kLFT") and an optional modifier digit,
    /// 1 + (shift 1 | alt 2 | ctrl 4). No digit means shift ("kUP" is shift-up).
    static func extendedEvent(named name: String) -> KeyEvent? {
        var base = Substring(name)
        var digit = 2
        if let last = base.last, let value = last.wholeNumberValue {
            digit = value
            base = base.dropLast()
        }
        guard let key = extendedBases[String(base)], (2...8).contains(digit) else { return nil }
        let bits = digit - 1
        var modifiers: KeyModifiers = []
        if bits & 1 != 0 { modifiers.insert(.shift) }
        if bits & 2 != 0 { modifiers.insert(.alt) }
        if bits & 4 != 0 { modifiers.insert(.control) }
        return KeyEvent(key, modifiers: modifiers)
    }

    private static let extendedBases: [String: Key] = [
        "kUP": .up, "kDN": .down, "kLFT": .left, "kRIT": .right, "kHOM": .home, "kEND": .end,
        "kPRV": .pageUp, "kNXT": .pageDown, "kDC": .delete, "kIC": .insert,
    ]

    private static let namedCodes: [Int32: KeyEvent] = [
        KEY_UP: KeyEvent(.up), KEY_DOWN: KeyEvent(.down), KEY_LEFT: KeyEvent(.left), KEY_RIGHT: KeyEvent(.right),
        KEY_HOME: KeyEvent(.home), KEY_END: KeyEvent(.end), KEY_PPAGE: KeyEvent(.pageUp), KEY_NPAGE: KeyEvent(.pageDown),
        KEY_DC: KeyEvent(.delete), KEY_IC: KeyEvent(.insert), KEY_BACKSPACE: KeyEvent(.backspace),
        KEY_ENTER: KeyEvent(.enter), KEY_BTAB: KeyEvent(.tab, modifiers: .shift),
        KEY_SR: KeyEvent(.up, modifiers: .shift), KEY_SF: KeyEvent(.down, modifiers: .shift),
        KEY_SLEFT: KeyEvent(.left, modifiers: .shift), KEY_SRIGHT: KeyEvent(.right, modifiers: .shift),
        KEY_SHOME: KeyEvent(.home, modifiers: .shift), KEY_SEND: KeyEvent(.end, modifiers: .shift),
        KEY_SPREVIOUS: KeyEvent(.pageUp, modifiers: .shift), KEY_SNEXT: KeyEvent(.pageDown, modifiers: .shift),
        KEY_SDC: KeyEvent(.delete, modifiers: .shift), KEY_SIC: KeyEvent(.insert, modifiers: .shift),
    ]
}
