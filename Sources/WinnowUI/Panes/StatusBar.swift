import WinnowCanvas

/// Bottom line: queue position, reviewer, the last message, and the most useful keys.
enum StatusBar {
    static let featured: [Command] = [.verdictGood, .verdictBad, .verdictSkip, .historyUndo, .helpToggle, .appQuit]

    static func render(_ state: AppState, in rect: Rect, into grid: inout Grid, theme: Theme) {
        grid.fill(rect, with: Cell(" ", style: theme[.status]))
        if case .filterPrompt(let text) = state.overlay {
            prompt(text, state: state, in: rect, into: &grid, theme: theme)
            return
        }
        if case .categoryPicker(let text) = state.overlay {
            let shown = CategoryPicker.matches(text, in: state)
            let choices = shown.prefix(9).enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: "  ")
            let more = shown.count > 9 ? "  (+\(shown.count - 9), type to narrow)" : shown.isEmpty ? "  Enter: new category" : ""
            grid.write(" category /\(text)  \(choices)\(more)", x: rect.x, y: rect.y, style: theme[.statusKey], maxWidth: rect.width)
            return
        }
        if state.overlay == .reasonPicker {
            let choices = state.reasons.prefix(9).enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: "  ")
            grid.write(" bad, because: \(choices)   (other keys cancel)", x: rect.x, y: rect.y, style: theme[.statusKey], maxWidth: rect.width)
            return
        }
        if case .confirmBatch(let items) = state.overlay {
            grid.write(" Accept \(items.count) unreviewed items of this queue as good, in one batch? \(key(.promptConfirm, state)) confirms, any other key cancels",
                       x: rect.x, y: rect.y, style: theme[.messageError], maxWidth: rect.width)
            return
        }
        let position = state.queue.isEmpty ? "0/0" : "\(state.cursor + 1)/\(state.queue.count)"
        let filter = state.filter.isEmpty ? "" : " /\(state.filter.text)"
        var x = rect.x
        x += grid.write(" \(position) \(state.queueName.rawValue)\(filter)  \(state.reviewer)  ", x: x, y: rect.y, style: theme[.status],
                        maxWidth: rect.maxX - x)
        let hints = keyHints(state, theme: theme)
        let hintsWidth = hints.reduce(0) { $0 + DisplayWidth.of($1.0) }
        if let draft = state.noteDraft {
            let room = rect.maxX - x - min(hintsWidth, rect.width / 2)
            let prompt = "note: " + tail(draft.text, width: max(0, room - 8)) + "_"
            x += grid.write(prompt, x: x, y: rect.y, style: theme[.messageInfo], maxWidth: room)
        } else if let message = state.message {
            let room = rect.maxX - x - min(hintsWidth, rect.width / 2)
            let style = message.isError ? theme[.messageError] : theme[.messageInfo]
            x += grid.write(TerminalText.truncated(message.text, toWidth: max(0, room - 1)), x: x, y: rect.y, style: style, maxWidth: room)
        }
        var hx = max(x + 1, rect.maxX - hintsWidth)
        for (text, style) in hints where hx < rect.maxX { hx += grid.write(text, x: hx, y: rect.y, style: style, maxWidth: rect.maxX - hx) }
    }

    /// The filter being typed, with the message (a parse error points at the bad term) after it.
    private static func prompt(_ text: String, state: AppState, in rect: Rect, into grid: inout Grid, theme: Theme) {
        var x = rect.x
        x += grid.write(" filter /\(text)", x: x, y: rect.y, style: theme[.statusKey], maxWidth: rect.width)
        x += grid.write(state.display.unicode ? "▏" : "_", x: x, y: rect.y, style: theme[.statusKey], maxWidth: rect.maxX - x)
        if let message = state.message, message.isError {
            grid.write("  \(message.text)", x: x, y: rect.y, style: theme[.messageError], maxWidth: rect.maxX - x)
        } else {
            grid.write("  \(key(.promptSubmit, state)) applies, \(key(.promptCancel, state)) cancels, empty clears", x: x, y: rect.y, style: theme[.status], maxWidth: rect.maxX - x)
        }
    }

    /// The first key bound to a command, as notation.
    private static func key(_ command: Command, _ state: AppState) -> String {
        state.keymap.keys(for: command).first ?? "(unbound \(command.id))"
    }

    /// The end of a typed text that fits, so what is being typed stays in view.
    private static func tail(_ text: String, width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        var kept = Substring(text)
        while !kept.isEmpty, DisplayWidth.of(String(kept)) > width - 1 { kept = kept.dropFirst() }
        return "…" + kept
    }

    /// "a good  x bad ..." from the keymap, so remapped keys show as they are.
    private static func keyHints(_ state: AppState, theme: Theme) -> [(String, Style)] {
        var spans: [(String, Style)] = []
        for command in featured {
            guard let key = state.keymap.keys(for: command).first else { continue }
            spans.append((key, theme[.statusKey]))
            spans.append((" \(label(command))  ", theme[.status]))
        }
        return spans
    }

    private static func label(_ command: Command) -> String {
        switch command {
        case .verdictGood: return "good"
        case .verdictBad: return "bad"
        case .verdictSkip: return "skip"
        case .historyUndo: return "undo"
        case .helpToggle: return "help"
        case .appQuit: return "quit"
        default: return command.id
        }
    }
}
