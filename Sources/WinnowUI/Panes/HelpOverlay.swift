import WinnowCanvas

/// `?`: every command with its keys and one line of help, generated from the command list and
/// the loaded keymap, so it can never disagree with what the keys do.
enum HelpOverlay {
    static func lines(_ keymap: Keymap) -> [(keys: String, text: String, heading: Bool)] {
        var lines: [(String, String, Bool)] = []
        for group in CommandGroup.allCases {
            let commands = Command.allCases.filter { $0.group == group }
            lines.append((group.rawValue, "", true))
            for command in commands {
                let keys = keymap.keys(for: command)
                lines.append((keys.isEmpty ? "(unbound)" : keys.joined(separator: " "), "\(command.help)  [\(command.id)]", false))
            }
        }
        return lines
    }

    static func render(_ state: AppState, screen: Rect, into grid: inout Grid, theme: Theme) {
        let lines = lines(state.keymap)
        let keyWidth = min(18, lines.map { DisplayWidth.of($0.keys) }.max() ?? 0)
        let width = min(screen.width - 4, 72)
        let height = min(screen.height - 2, lines.count + 2)
        let rect = Rect(x: (screen.width - width) / 2, y: (screen.height - height) / 2, width: width, height: height)
        grid.fill(rect, with: Cell(" ", style: theme[.text]))
        PaneFrame.draw(rect, title: "Help — any other key closes", into: &grid, theme: theme, display: state.display)
        var out = PaneWriter(rect.inset(by: 1))
        for line in lines where out.hasRoom {
            if line.heading {
                out.line(line.keys, theme[.helpHeading], into: &grid)
            } else {
                let padded = line.keys + String(repeating: " ", count: max(1, keyWidth + 2 - DisplayWidth.of(line.keys)))
                out.line([(" " + padded, theme[.helpKey]), (line.text, theme[.text])], into: &grid)
            }
        }
    }
}
