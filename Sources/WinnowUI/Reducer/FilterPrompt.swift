import WinnowCanvas
import WinnowCore

/// Typing a filter after `/`: characters edit the text, Enter applies it (a malformed query
/// keeps the prompt open with a message pointing at the bad term, and the previous filter
/// stays), Esc cancels.
enum FilterPrompt {
    static func handle(_ key: KeyEvent, line: LineDraft, state: inout AppState) -> [AppEffect] {
        switch LineEditing.apply(key, to: line, keymap: state.keymap) {
        case .cancelled: state.overlay = .none
        case .submitted(let query): apply(query, state: &state)
        case .edited(let changed): state.overlay = .filterPrompt(changed)
        case .ignored: break
        }
        return []
    }

    private static func apply(_ text: String, state: inout AppState) {
        do {
            let query = try FilterQuery.parse(text)
            state.filter = query
            state.overlay = .none
            QueueBuilder.rebuild(&state)
            if query.isEmpty {
                state.message = .info("filter cleared: \(state.queue.count) items")
            } else {
                state.message = state.queue.isEmpty ? .error("no item matches '\(query.text)'") : .info("filter: \(state.queue.count) items")
            }
        } catch {
            state.message = .error("\(error)")
        }
    }
}
