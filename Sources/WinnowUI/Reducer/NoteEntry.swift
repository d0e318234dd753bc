import WinnowCanvas
import WinnowCore

/// Keys while a note is being typed: characters add, Backspace removes, Enter saves (one
/// `note` event), Esc cancels. The keymap is not consulted, so `a` or `x` are just letters.
enum NoteEntry {
    static func start(_ state: inout AppState) {
        guard let index = state.currentItemIndex else {
            state.message = .error("nothing to note here")
            return
        }
        state.noteDraft = NoteDraft(item: index)
    }

    static func handle(_ key: KeyEvent, _ state: inout AppState) -> [AppEffect] {
        guard var draft = state.noteDraft else { return [] }
        switch key.key {
        case .character(let c) where key.modifiers.subtracting(.shift).isEmpty:
            if draft.text.count < NoteDraft.maxLength { draft.text.append(c) }
        case .backspace, .delete:
            if !draft.text.isEmpty { draft.text.removeLast() }
        case .escape:
            state.noteDraft = nil
            state.message = .info("note dropped")
            return []
        case .enter:
            state.noteDraft = nil
            return save(draft, &state)
        default:
            break
        }
        state.noteDraft = draft
        return []
    }

    private static func save(_ draft: NoteDraft, _ state: inout AppState) -> [AppEffect] {
        let text = String(draft.text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        guard !text.isEmpty else {
            state.message = .info("empty note: nothing saved")
            return []
        }
        let action = JournalAction.note(item: state.items[draft.item].localID, text: text)
        return [.appendJournal(dataset: state.dataset(ofItem: draft.item), action: action, origin: .edit)]
    }
}
