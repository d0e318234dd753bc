import WinnowCanvas

/// The one line of text the status-bar prompts share (filter, note, category): what a key does to
/// it. Submit, cancel and erase come from the keymap's `prompt` context; other keys type.
enum LineEditing {
    enum Outcome: Equatable {
        case edited(String)
        case submitted(String)
        case cancelled
        /// A key the line does not use (the prompt may give it a meaning, like a digit in the picker).
        case ignored
    }

    static func apply(_ key: KeyEvent, to text: String, keymap: Keymap, maxLength: Int = 500) -> Outcome {
        switch keymap.resolve(key, in: [.prompt]) {
        case .promptCancel?: return .cancelled
        case .promptSubmit?: return .submitted(text)
        case .promptErase?: return .edited(String(text.dropLast()))
        default: break
        }
        switch key.key {
        case .character(let c) where key.modifiers.subtracting(.shift).isEmpty && !c.isNewline:
            return .edited(text.count < maxLength ? text + String(c) : text)
        default: return .ignored
        }
    }
}
