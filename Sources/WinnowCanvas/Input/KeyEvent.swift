/// One key press. Written and read in the notation of keymaps and key scripts:
/// `a`, `<Space>`, `<S-Tab>`, `<C-x>`, `<PageDown>` (see `KeyNotation`).
public struct KeyEvent: Hashable, Sendable {
    public var key: Key
    public var modifiers: KeyModifiers

    public init(_ key: Key, modifiers: KeyModifiers = []) {
        self.key = key
        self.modifiers = modifiers
    }

    public static func char(_ c: Character) -> KeyEvent { KeyEvent(.character(c)) }
}
