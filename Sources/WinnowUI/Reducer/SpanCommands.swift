import WinnowCore

/// Entity spans from the keyboard, on a text example: a word cursor (`<Left>`/`<Right>`), a span
/// added over the word at the cursor, the selected span's start or end moved a word (or, with a
/// modifier, a character) at a time, deleted; every edit one `text.label` event with the result.
enum SpanCommands {
    static func perform(_ command: Command, on state: inout AppState) -> [AppEffect] {
        guard let index = state.currentItemIndex, let content = state.items[index].textContent, content.text != nil else {
            state.message = .info("spans are edited on labelled texts")
            return []
        }
        let words = content.words
        switch command {
        case .textCursorLeft: state.textCursor = max(0, min(state.textCursor, words.count - 1) - 1)
        case .textCursorRight: state.textCursor = min(max(0, words.count - 1), state.textCursor + 1)
        case .spanAdd: return add(over: words, item: index, &state)
        case .spanDelete:
            guard let label = selected(state, index) else { return none(&state) }
            return [append(.textLabelDelete(item: state.items[index].localID, label: label.id), item: index, state)]
        default:
            guard let label = selected(state, index), let span = label.span else { return none(&state) }
            guard let moved = move(span, command, words: words, length: content.text!.unicodeScalars.count), moved != span else { return [] }
            return [append(.textLabelSet(item: state.items[index].localID, label: label.id, category: label.category, span: moved), item: index, state)]
        }
        return []
    }

    private static func selected(_ state: AppState, _ index: Int) -> Label? {
        guard let at = state.selectedLabel, state.items[index].labels.indices.contains(at) else { return nil }
        return state.items[index].labels[at]
    }

    private static func none(_ state: inout AppState) -> [AppEffect] {
        state.message = .info("no label selected (Tab selects one)")
        return []
    }

    /// The span with one edge moved: a word's boundary, or one character; start stays before end.
    static func move(_ span: TextSpan, _ command: Command, words: [TextSpan], length: Int) -> TextSpan? {
        var s = span
        switch command {
        case .spanStartLeft: s.start = words.last { $0.start < span.start }?.start ?? span.start
        case .spanStartRight: s.start = words.first { $0.start > span.start }?.start ?? span.start
        case .spanEndLeft: s.end = words.last { $0.end < span.end }?.end ?? span.end
        case .spanEndRight: s.end = words.first { $0.end > span.end }?.end ?? span.end
        case .spanStartLeftCharacter: s.start = max(0, span.start - 1)
        case .spanStartRightCharacter: s.start = span.start + 1
        case .spanEndLeftCharacter: s.end = span.end - 1
        case .spanEndRightCharacter: s.end = min(length, span.end + 1)
        default: return nil
        }
        return s.start < s.end ? s : nil
    }

    /// A span over the word at the cursor, of the selected span's category (else the item's
    /// first entity category, else the dataset's), with a fresh id.
    private static func add(over words: [TextSpan], item index: Int, _ state: inout AppState) -> [AppEffect] {
        guard !words.isEmpty else { return [] }
        let item = state.items[index]
        let word = words[min(state.textCursor, words.count - 1)]
        let category = selected(state, index)?.span.map { _ in selected(state, index)!.category }
            ?? item.labels.first { $0.span != nil }?.category ?? state.spanCategories.first ?? "entity"
        let used = Set(item.labels.map(\.id))
        var n = 1
        while used.contains("s\(n)") { n += 1 }
        let id = "s\(n)"
        return [append(.textLabelSet(item: item.localID, label: id, category: category, span: word), item: index, state)]
    }

    private static func append(_ action: JournalAction, item index: Int, _ state: AppState) -> AppEffect {
        .appendJournal(dataset: state.dataset(ofItem: index), action: action, origin: .edit)
    }
}
