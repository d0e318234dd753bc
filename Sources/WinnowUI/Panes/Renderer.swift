import WinnowCanvas

/// The whole screen as a pure function of the state: `(State, Theme) -> Grid`.
public enum Renderer {
    public static func render(_ state: AppState, theme: Theme) -> Grid {
        var grid = Grid(width: state.size.width, height: state.size.height, fill: Cell(" ", style: theme[.text]))
        guard let layout = WorkstationLayout(state) else {
            tooSmall(state.size, into: &grid, theme: theme)
            return grid
        }
        if let queue = layout.queue { QueuePane.render(state, in: queue, into: &grid, theme: theme) }
        if state.signalView != nil {
            SignalPane.render(state, in: layout.image, into: &grid, theme: theme)
        } else if state.currentItem?.kind == .text {
            TextPane.render(state, in: layout.image, into: &grid, theme: theme)
        } else if state.currentItem?.kind == .pair {
            PairPane.render(state, in: layout.image, into: &grid, theme: theme)
        } else {
            ImagePane.render(state, in: layout.image, into: &grid, theme: theme)
        }
        if let details = layout.validation { ValidationPane.render(state, in: details, into: &grid, theme: theme) }
        StatusBar.render(state, in: layout.status, into: &grid, theme: theme)
        if state.overlay == .help {
            HelpOverlay.render(state, screen: Rect(x: 0, y: 0, width: state.size.width, height: state.size.height), into: &grid, theme: theme)
        }
        if state.overlay == .stats {
            StatsOverlay.render(state, screen: Rect(x: 0, y: 0, width: state.size.width, height: state.size.height), into: &grid, theme: theme)
        }
        if !state.display.unicode { AsciiFallback.apply(to: &grid) }
        return grid
    }

    private static func tooSmall(_ size: TerminalSize, into grid: inout Grid, theme: Theme) {
        let lines = ["Make the window larger:", "Winnow needs \(TerminalSize.minimum.width)x\(TerminalSize.minimum.height),",
                     "this one is \(size.width)x\(size.height).", "q quits."]
        for (i, line) in lines.enumerated() {
            let y = size.height / 2 - 2 + i
            grid.write(line, x: max(0, (size.width - DisplayWidth.of(line)) / 2), y: y, style: theme[.text])
        }
    }
}
