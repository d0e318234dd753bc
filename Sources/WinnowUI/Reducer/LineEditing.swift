import WinnowCanvas

/// The one line of text the status-bar prompts share (filter, note, category): what a key does to it.
enum LineEditing {
    enum Outcome: Equatable {
        case edited(String)
        case submitted(String)
        case cancelled
        /// A key the line does not use (the prompt may give it a meaning, like a digit in the picker).
        case ignored
    }

    static func apply(_ key: KeyEvent, to text: String, maxLength: Int = 500) -> Outcome {
        switch key.key {
        case .escape: return .cancelled
        case .enter: return .submitted(text)
        case .backspace, .delete: return .edited(String(text.dropLast()))
        case .character(let c) where key.modifiers.subtracting(.shift).isEmpty && !c.isNewline:
            return .edited(text.count < maxLength ? text + String(c) : text)
        default: return .ignored
        }
    }
}
