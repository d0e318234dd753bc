import WinnowCanvas
import WinnowCore

/// Relabelling a box: the workspace's categories, narrowed by what is typed (substring, any case).
/// With nine or fewer shown, a digit picks one; with more, digits narrow like letters (so hundreds
/// of numbered categories stay reachable). Enter takes the first match or, with none, the typed
/// text as a new category; Backspace edits, Esc cancels.
enum CategoryPicker {
    static func matches(_ text: String, in state: AppState) -> [String] {
        let all = state.categories
        guard !text.isEmpty else { return all }
        let needle = text.lowercased()
        return all.filter { $0.lowercased().contains(needle) }
    }

    static func handle(_ key: KeyEvent, line: LineDraft, state: inout AppState) -> [AppEffect] {
        let text = line.text
        let shown = matches(text, in: state)
        if let digit = AppReducer.promptCommand(key, state)?.pickNumber, shown.count <= 9 {
            guard digit <= shown.count else { return [] }
            state.overlay = .none
            return relabel(shown[digit - 1], state: &state)
        }
        switch LineEditing.apply(key, to: line, keymap: state.keymap) {
        case .cancelled:
            state.overlay = .none
        case .submitted:
            let choice = shown.first ?? text
            state.overlay = .none
            return choice.isEmpty ? [] : relabel(choice, state: &state)
        case .edited(let changed):
            state.overlay = .categoryPicker(changed)
        case .ignored:
            break
        }
        return []
    }

    private static func relabel(_ category: String, state: inout AppState) -> [AppEffect] {
        guard let index = state.currentItemIndex, let selected = state.selectedLabel, state.items[index].labels.indices.contains(selected) else { return [] }
        let label = state.items[index].labels[selected]
        guard let box = label.bbox else {
            return [.appendJournal(dataset: state.dataset(ofItem: index),
                                   action: .textLabelSet(item: state.items[index].localID, label: label.id, category: category, span: label.span), origin: .edit)]
        }
        return [.appendJournal(dataset: state.dataset(ofItem: index),
                               action: .boxSet(item: state.items[index].localID, label: label.id, box: box, category: category), origin: .edit)]
    }
}
