import WinnowCanvas

/// Bottom line: the mode (BOX, SIGNAL, FILTER), queue position, reviewer, the last message, and
/// the most useful keys of the mode, as many as fit, the verdict keys and help first.
enum StatusBar {

    static func render(_ state: AppState, in rect: Rect, into grid: inout Grid, theme: Theme) {
        grid.fill(rect, with: Cell(" ", style: theme[.status]))
        if case .filterPrompt(let line) = state.overlay {
            prompt(line, state: state, in: rect, into: &grid, theme: theme)
            return
        }
        if case .categoryPicker(let line) = state.overlay {
            let shown = CategoryPicker.matches(line.text, in: state)
            let choices = shown.prefix(9).enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: "  ")
            let more = shown.count > 9 ? "  (+\(shown.count - 9), type to narrow)" : shown.isEmpty ? "  Enter: new category" : ""
            var x = rect.x + grid.write(" category /", x: rect.x, y: rect.y, style: theme[.statusKey], maxWidth: rect.width)
            x += write(line, x: x, in: rect, style: theme[.statusKey], state: state, into: &grid, theme: theme)
            grid.write("  \(choices)\(more)", x: x, y: rect.y, style: theme[.statusKey], maxWidth: rect.maxX - x)
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
        if let mode = mode(state) { x += grid.write(" \(mode) ", x: x, y: rect.y, style: theme[.statusMode], maxWidth: rect.maxX - x) }
        // Below 100 columns the reviewer gives way to the message and keys.
        let reviewer = rect.width >= 100 ? "\(state.reviewer)  " : ""
        x += grid.write(" \(position) \(state.queueName.rawValue)\(filter)  \(reviewer)", x: x, y: rect.y, style: theme[.status],
                        maxWidth: rect.maxX - x)
        if let work = state.backgroundWork {
            x += grid.write(work + "  ", x: x, y: rect.y, style: theme[.messageInfo], maxWidth: rect.maxX - x)
        }
        if let editor = state.boxEditor {
            let step = "step \(Int(editor.step)) px\(editor.zoom ? " zoom" : "")  "
            x += grid.write(step, x: x, y: rect.y, style: theme[.statusKey], maxWidth: rect.maxX - x)
        }
        // The message takes the room it needs; the hints what is left, but never fewer than the first three.
        let label = state.noteDraft?.correction == nil ? "note: " : "reason for the correction (Enter skips): "
        let said = state.noteDraft.map { label + $0.text + " " } ?? state.message?.text ?? ""
        let hints = keyHints(state, theme: theme, room: max(rect.maxX - x - DisplayWidth.of(said) - 1, essentialWidth(state)))
        let hintsWidth = hints.reduce(0) { $0 + DisplayWidth.of($1.0) }
        if let draft = state.noteDraft {
            let room = Rect(x: x, y: rect.y, width: max(0, rect.maxX - x - hintsWidth), height: 1)
            x += grid.write(label, x: x, y: rect.y, style: theme[.messageInfo], maxWidth: room.width)
            x += write(draft.line, x: x, in: room, style: theme[.messageInfo], state: state, into: &grid, theme: theme)
        } else if let message = state.message {
            let room = rect.maxX - x - hintsWidth
            let style = message.isError ? theme[.messageError] : theme[.messageInfo]
            x += grid.write(TerminalText.truncated(message.text, toWidth: max(0, room - 1)), x: x, y: rect.y, style: style, maxWidth: room)
        }
        var hx = max(x + 1, rect.maxX - hintsWidth)
        for (text, style) in hints where hx < rect.maxX { hx += grid.write(text, x: hx, y: rect.y, style: style, maxWidth: rect.maxX - hx) }
    }

    /// The filter being typed, with the message (a parse error points at the bad term) after it.
    private static func prompt(_ line: LineDraft, state: AppState, in rect: Rect, into grid: inout Grid, theme: Theme) {
        var x = rect.x
        x += grid.write(" FILTER ", x: x, y: rect.y, style: theme[.statusMode], maxWidth: rect.width)
        x += grid.write(" /", x: x, y: rect.y, style: theme[.statusKey], maxWidth: rect.maxX - x)
        x += write(line, x: x, in: rect, style: theme[.statusKey], state: state, into: &grid, theme: theme)
        if let message = state.message, message.isError {
            grid.write("  \(message.text)", x: x, y: rect.y, style: theme[.messageError], maxWidth: rect.maxX - x)
        } else {
            grid.write("  \(key(.promptSubmit, state)) applies, \(key(.promptCancel, state)) cancels, empty clears", x: x, y: rect.y, style: theme[.status], maxWidth: rect.maxX - x)
        }
    }

    /// The first key bound to a command, as notation.
    private static func key(_ command: Command, _ state: AppState) -> String {
        state.keymap.firstKey(for: command) ?? "(unbound \(command.id))"
    }

    /// A line being typed, its cursor shown in the selection style (a bar at the end); when
    /// too long, the part around the cursor. Returns the columns written.
    private static func write(_ line: LineDraft, x: Int, in rect: Rect, style: Style, state: AppState, into grid: inout Grid,
                              theme: Theme) -> Int {
        let room = max(1, rect.maxX - x)
        var before = String(line.before)
        while DisplayWidth.of(before) > room - 2, !before.isEmpty { before.removeFirst() }
        var column = x + grid.write(before, x: x, y: rect.y, style: style, maxWidth: room)
        let under = line.after.first.map(String.init) ?? (state.display.unicode ? "▏" : "_")
        column += grid.write(under, x: column, y: rect.y, style: line.after.isEmpty ? style : theme[.selection], maxWidth: rect.maxX - column)
        column += grid.write(String(line.after.dropFirst()), x: column, y: rect.y, style: style, maxWidth: rect.maxX - column)
        return column - x
    }

    /// The mode tag; none in the plain queue.
    static func mode(_ state: AppState) -> String? {
        if state.boxEditor != nil { return "BOX" }
        return state.signalView != nil ? "SIGNAL" : nil
    }

    /// The keys worth showing in this mode, most important first, with their short labels.
    static func featured(_ state: AppState) -> [(command: Command, label: String)] {
        if state.boxEditor != nil {
            return [(.helpToggle, "help"), (.boxAccept, "accept"), (.boxReject, "reject"), (.boxLeave, "leave"),
                    (.boxStepFiner, "finer"), (.boxStepCoarser, "coarser")]
        }
        if state.signalView != nil {
            return [(.verdictGood, "good"), (.verdictBad, "bad"), (.helpToggle, "help"), (.eventPlaceEntry, "entry"),
                    (.eventPlaceTransition, "transition"), (.eventPlaceExit, "exit"), (.appQuit, "quit")]
        }
        return [(.verdictGood, "good"), (.verdictBad, "bad"), (.helpToggle, "help"), (.verdictSkip, "skip"), (.historyUndo, "undo"),
                (.appQuit, "quit")]
    }

    /// The width of the hints always shown: the verdict keys and help, or help alone in box mode.
    private static func essentialWidth(_ state: AppState) -> Int {
        featured(state).prefix(state.boxEditor != nil ? 1 : 3).reduce(0) { total, hint in
            total + DisplayWidth.of(state.keymap.firstKey(for: hint.command) ?? "") + DisplayWidth.of(" \(hint.label)  ")
        }
    }

    /// "a good  x bad ..." from the keymap, so remapped keys show as they are: as many as fit in
    /// `room` (taken in order of importance), shown in that order.
    private static func keyHints(_ state: AppState, theme: Theme, room: Int) -> [(String, Style)] {
        var spans: [(String, Style)] = []
        var used = 0
        for (command, label) in featured(state) {
            guard let key = state.keymap.firstKey(for: command) else { continue }
            let width = DisplayWidth.of(key) + DisplayWidth.of(" \(label)  ")
            guard used + width <= room else { break }
            used += width
            spans.append((key, theme[.statusKey]))
            spans.append((" \(label)  ", theme[.status]))
        }
        return spans
    }
}
