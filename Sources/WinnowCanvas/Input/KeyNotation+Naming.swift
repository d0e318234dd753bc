/// Writing keys back in notation: help screens, keymap dumps, recorded key scripts.
extension KeyNotation {
    /// The canonical spelling of a key press: `a`, `<Space>`, `<S-Tab>`, `<C-x>`, `<S-Left>`,
    /// `<PageDown>`; modifiers in the order `C-A-S-`. `parse(name(of: e)) == [e]` for every
    /// event `parse` can produce (control letters are named in lowercase).
    public static func name(of event: KeyEvent) -> String {
        let event = normalized(event)
        let prefix = modifierPrefix(event.modifiers)
        switch event.key {
        case .character(let c):
            if let plain = plainSpelling(c), prefix.isEmpty { return plain }
            return "<" + prefix + bracketedSpelling(c) + ">"
        default:
            return "<" + prefix + keyName(event.key) + ">"
        }
    }

    private static func modifierPrefix(_ modifiers: KeyModifiers) -> String {
        (modifiers.contains(.control) ? "C-" : "") + (modifiers.contains(.alt) ? "A-" : "") + (modifiers.contains(.shift) ? "S-" : "")
    }

    /// A character written as itself, when that reads back as the same key.
    private static func plainSpelling(_ c: Character) -> String? {
        if c == "<" || c == ">" || separators.contains(c) || isUnprintable(c) { return nil }
        return String(c)
    }

    /// A character inside brackets, after modifiers.
    private static func bracketedSpelling(_ c: Character) -> String {
        switch c {
        case " ": return "Space"
        case "<": return "lt"
        case ">": return "gt"
        default:
            // Code points for what cannot be written literally (only single-scalar characters
            // can occur there: controls and separators are never combined into clusters).
            if separators.contains(c) || isUnprintable(c) { return String(codePointName(c).dropFirst().dropLast()) }
            return String(c)
        }
    }

    private static func keyName(_ key: Key) -> String {
        switch key {
        case .character(let c): return bracketedSpelling(c)
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backspace: return "BS"
        case .delete: return "Del"
        case .insert: return "Insert"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PageUp"
        case .pageDown: return "PageDown"
        case .function(let n): return "F\(n)"
        }
    }
}
