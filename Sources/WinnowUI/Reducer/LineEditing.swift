import WinnowCanvas

/// The one line of text the status-bar prompts share (filter, note, category): what a key does to
/// it. Submit, cancel, erase, clear (Ctrl-U), delete a word (Ctrl-W), start and end (Ctrl-A,
/// Ctrl-E, Home, End) and the arrows come from the keymap's `prompt` context; other keys type.
enum LineEditing {
    enum Outcome: Equatable {
        case edited(LineDraft)
        case submitted(String)
        case cancelled
        /// A key the line does not use (the prompt may give it a meaning, like a digit in the picker).
        case ignored
    }

    static func apply(_ key: KeyEvent, to line: LineDraft, keymap: Keymap, maxLength: Int = 500) -> Outcome {
        var line = line
        switch keymap.resolve(key, in: [.prompt]) {
        case .promptCancel?: return .cancelled
        case .promptSubmit?: return .submitted(line.text)
        case .promptErase?:
            guard line.cursor > 0 else { return .edited(line) }
            line.text = String(line.before.dropLast() + line.after)
            line.cursor -= 1
        case .promptClear?:
            line.text = String(line.after)
            line.cursor = 0
        case .promptDeleteWord?:
            let kept = line.before.dropLast(while: { $0 == " " }).dropLast(while: { $0 != " " })
            line.text = String(kept + line.after)
            line.cursor = kept.count
        case .promptHome?: line.cursor = 0
        case .promptEnd?: line.cursor = line.text.count
        case .promptLeft?: line.cursor = max(0, line.cursor - 1)
        case .promptRight?: line.cursor = min(line.text.count, line.cursor + 1)
        default:
            guard case .character(let c) = key.key, key.modifiers.subtracting(.shift).isEmpty, !c.isNewline else { return .ignored }
            guard line.text.count < maxLength else { return .edited(line) }
            line.text = String(line.before + String(c) + line.after)
            line.cursor += 1
        }
        return .edited(line)
    }
}

private extension Substring {
    /// Drops trailing characters while they match.
    func dropLast(while matches: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex, matches(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }
}
