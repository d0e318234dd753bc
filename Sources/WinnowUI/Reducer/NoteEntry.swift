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
        case .cancelled where draft.correction != nil:
            draft.line = LineDraft()
            fallthrough
        case .submitted where draft.correction != nil:
            state.noteDraft = nil
            return saveCorrection(draft, &state)
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

    /// After the editor: a changed text asks for a reason (the note line), unchanged says so.
    static func edited(item: Int, field: String, result: Result<String, TextEditFailure>, _ state: inout AppState) {
        switch result {
        case .failure(let failure):
            state.message = .error(failure.message)
        case .success(let text):
            let before = state.items[item].editableField?.text
            guard text != before, !(text.hasSuffix("\n") && String(text.dropLast()) == before) else {
                state.message = .info("no change: nothing saved")
                return
            }
            var draft = NoteDraft(item: item)
            // Editors end a file with a newline the text did not have.
            draft.correction = (field, before?.hasSuffix("\n") == false && text.hasSuffix("\n") ? String(text.dropLast()) : text)
            state.noteDraft = draft
        }
    }

    private static func saveCorrection(_ draft: NoteDraft, _ state: inout AppState) -> [AppEffect] {
        guard let correction = draft.correction else { return [] }
        let reason = draft.text.trimmingCharacters(in: .whitespaces)
        let action = JournalAction.correction(item: state.items[draft.item].localID, field: correction.field, text: correction.text,
                                              reason: reason.isEmpty ? nil : reason)
        return [.appendJournal(dataset: state.dataset(ofItem: draft.item), action: action, origin: .edit)]
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
