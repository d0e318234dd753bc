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
        switch LineEditing.apply(key, to: draft.line, keymap: state.keymap, maxLength: NoteDraft.maxLength) {
        case .cancelled:
            state.noteDraft = nil
            state.message = .info("note dropped")
        case .submitted:
            state.noteDraft = nil
            return save(draft, &state)
        case .edited(let line):
            draft.line = line
            state.noteDraft = draft
        case .ignored:
            break
        }
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
