import WinnowCanvas

/// `?`: the commands of the keys that work here (the item's context, the queue, global), with
/// their keys and one line of help, generated from the command list and the loaded keymap so
/// it can never disagree with what the keys do. Scrolls when longer than the screen.
enum HelpOverlay {
    static let scrollStep = 5

    /// The commands of each mode in turn (the pane's keys, help's, the prompts'), each key once:
    /// a key bound in an earlier context of the same mode hides its later bindings, as it does
    /// when pressed.
    static func lines(_ keymap: Keymap, modes: [[KeymapContext]], without hidden: Set<CommandGroup> = []) -> [(keys: String, text: String, heading: Bool)] {
        var shown: [(context: KeymapContext, key: KeyEvent, command: Command)] = []
        for contexts in modes {
            var taken = Set<KeyEvent>()
            for context in contexts {
                for binding in keymap.ordered where binding.context == context && !taken.contains(binding.key) {
                    shown.append(binding)
                }
                taken.formUnion(keymap.ordered.filter { $0.context == context }.map(\.key))
            }
        }
        var lines: [(String, String, Bool)] = []
        for group in CommandGroup.allCases where !hidden.contains(group) {
            let commands = Command.allCases.filter { command in command.group == group && shown.contains { $0.command == command } }
            guard !commands.isEmpty else { continue }
            lines.append((group.rawValue, "", true))
            for command in commands {
                let keys = shown.filter { $0.command == command }.map { KeyNotation.name(of: $0.key) }
                lines.append((keys.joined(separator: " "), "\(command.help)  [\(command.id)]", false))
            }
        }
        return lines
    }

    /// One screen row of the help: a heading, a command's first row (with its keys) or the rest
    /// of a long description, wrapped to the overlay's width rather than cut.
    struct Row {
        let keys: String
        let text: String
        let heading: Bool
    }

    static func rows(_ state: AppState, width: Int) -> [Row] {
        // The model's keys only when predictions are open: elsewhere they only say so.
        let hidden: Set<CommandGroup> = state.currentItem?.predictionModels == nil ? [.model] : []
        let all = lines(state.keymap, modes: [AppReducer.paneContexts(of: state), [.help], [.prompt]], without: hidden)
        let keyWidth = min(18, all.filter { !$0.heading }.map { DisplayWidth.of($0.keys) }.max() ?? 0)
        var rows: [Row] = []
        for line in all {
            guard !line.heading else {
                rows.append(Row(keys: line.keys, text: "", heading: true))
                continue
            }
            let padded = " " + line.keys + String(repeating: " ", count: max(1, keyWidth + 2 - DisplayWidth.of(line.keys)))
            let wrapped = TerminalText.wrapped(line.text, width: max(10, width - DisplayWidth.of(padded)))
            for (n, part) in wrapped.enumerated() {
                rows.append(Row(keys: n == 0 ? padded : String(repeating: " ", count: DisplayWidth.of(padded)), text: part, heading: false))
            }
        }
        return rows
    }

    static func render(_ state: AppState, screen: Rect, into grid: inout Grid, theme: Theme) {
        let width = max(20, screen.width - 4)
        let all = rows(state, width: width - 2)
        let visible = max(1, min(screen.height - 2, all.count + 2) - 2)
        let top = min(state.helpScroll, max(0, all.count - visible))
        let shown = Array(all.dropFirst(top).prefix(visible))
        let height = visible + 2
        let rect = Rect(x: (screen.width - width) / 2, y: (screen.height - height) / 2, width: width, height: height)
        grid.fill(rect, with: Cell(" ", style: theme[.text]))
        let more = all.count > visible ? " · j/k scroll (\(top + 1)-\(top + shown.count) of \(all.count))" : ""
        PaneFrame.draw(rect, title: "Help — other keys close\(more)", into: &grid, theme: theme, display: state.display)
        var out = PaneWriter(rect.inset(by: 1))
        for row in shown where out.hasRoom {
            if row.heading {
                out.line(row.keys, theme[.helpHeading], into: &grid)
            } else {
                out.line([(row.keys, theme[.helpKey]), (row.text, theme[.text])], into: &grid)
            }
        }
    }
}
