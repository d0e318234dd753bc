/// The text form of keys used by keymap files, help screens and headless key scripts.
///
/// Keys are written one after another; whitespace between them is ignored. A plain character
/// is that key (`a`, `U`, `?`, `/`). Other keys go in angle brackets, names case-insensitive:
/// `<Space>`, `<Enter>` (`<CR>`, `<Return>`), `<Esc>`, `<Tab>`, `<BS>` (`<Backspace>`),
/// `<Del>`, `<Insert>`, `<Up>` `<Down>` `<Left>` `<Right>`, `<Home>` `<End>` `<PageUp>`
/// `<PageDown>`, `<F1>`…`<F63>`, `<lt>` and `<gt>` for the brackets themselves, and
/// `<U+1B>`-style code points for characters that cannot be typed. Modifiers prefix the name
/// and combine: `S-` shift, `C-` control, `A-` or `M-` alt (`<S-Tab>`, `<C-S-Left>`).
/// Control with a letter means the lowercase letter (`<C-X>` is `<C-x>`).
public enum KeyNotation {
    public static func parse(_ text: String) throws(KeyNotationError) -> [KeyEvent] {
        let characters = Array(text)
        var events: [KeyEvent] = []
        var offset = 0
        while offset < characters.count {
            let c = characters[offset]
            if separators.contains(c) {
                offset += 1
            } else if c == "<" {
                guard let close = characters[(offset + 1)...].firstIndex(of: ">") else {
                    throw KeyNotationError(message: "unterminated <", offset: offset)
                }
                events.append(try bracketedKey(String(characters[(offset + 1)..<close]), offset: offset))
                offset = close + 1
            } else {
                guard !isUnprintable(c) else {
                    throw KeyNotationError(message: "control character \(codePointName(c)) (write it in <...>)", offset: offset)
                }
                events.append(KeyEvent(.character(c)))
                offset += 1
            }
        }
        return events
    }

    /// Whitespace that separates keys; a space key is written `<Space>`.
    static let separators: Set<Character> = [" ", "\t", "\n", "\r", "\r\n"]

    /// `<...>` contents: modifiers, then a key name.
    private static func bracketedKey(_ name: String, offset: Int) throws(KeyNotationError) -> KeyEvent {
        var rest = Substring(name)
        var modifiers: KeyModifiers = []
        while rest.count >= 2, rest.dropFirst().first == "-", let modifier = modifier(rest.first!) {
            modifiers.insert(modifier)
            rest = rest.dropFirst(2)
        }
        guard !rest.isEmpty else {
            throw KeyNotationError(message: name.isEmpty ? "empty key name <>" : "missing key after modifiers in <\(name)>", offset: offset)
        }
        guard let key = key(named: rest) else {
            throw KeyNotationError(message: "unknown key name <\(name)>", offset: offset)
        }
        return normalized(KeyEvent(key, modifiers: modifiers))
    }

    private static func modifier(_ c: Character) -> KeyModifiers? {
        switch c {
        case "S", "s": return .shift
        case "C", "c": return .control
        case "A", "a", "M", "m": return .alt
        default: return nil
        }
    }

    private static func key(named name: Substring) -> Key? {
        if name.count == 1 { return .character(name.first!) }
        let lowered = name.lowercased()
        if let key = namedKeys[lowered] { return key }
        if let key = functionKey(lowered) ?? codePointKey(lowered) { return key }
        return nil
    }

    /// `f1`…`f63` (the function keys ncurses can report).
    private static func functionKey(_ name: String) -> Key? {
        guard name.hasPrefix("f"), let n = Int(name.dropFirst()), (1...63).contains(n), name.count <= 3 else { return nil }
        return .function(n)
    }

    /// `u+1b`: any Unicode scalar by its hex code point.
    private static func codePointKey(_ name: String) -> Key? {
        guard name.hasPrefix("u+"), name.count <= 8, let value = UInt32(name.dropFirst(2), radix: 16),
              let scalar = Unicode.Scalar(value) else { return nil }
        return .character(Character(scalar))
    }

    /// Control with a letter is reported as the lowercase letter; make keymaps agree.
    static func normalized(_ event: KeyEvent) -> KeyEvent {
        guard event.modifiers.contains(.control), case .character(let c) = event.key else { return event }
        let lowered = c.lowercased()
        guard lowered.count == 1 else { return event }
        return KeyEvent(.character(Character(lowered)), modifiers: event.modifiers)
    }

    /// Names accepted in brackets (lowercased), aliases included.
    static let namedKeys: [String: Key] = [
        "space": .character(" "), "lt": .character("<"), "gt": .character(">"),
        "enter": .enter, "cr": .enter, "return": .enter,
        "esc": .escape, "escape": .escape,
        "tab": .tab,
        "bs": .backspace, "backspace": .backspace,
        "del": .delete, "delete": .delete,
        "insert": .insert, "ins": .insert,
        "up": .up, "down": .down, "left": .left, "right": .right,
        "home": .home, "end": .end,
        "pageup": .pageUp, "pgup": .pageUp, "pagedown": .pageDown, "pgdn": .pageDown,
    ]

    /// Characters that would vanish or act on the terminal if written literally.
    static func isUnprintable(_ c: Character) -> Bool {
        TerminalText.sanitized(String(c)) != String(c)
    }

    static func codePointName(_ c: Character) -> String {
        c.unicodeScalars.map { scalar in
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
        }.joined()
    }
}
