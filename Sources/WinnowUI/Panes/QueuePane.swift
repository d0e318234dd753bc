import WinnowCanvas
import WinnowCore

/// Left pane: one row per item — verdict mark, flag, tier, confidence and label count (when
/// there is room), and the name that tells the item apart.
enum QueuePane {
    /// "Queue triage 3/11", shortened from the front to fit: the position is never cut (a cut
    /// "1/1000~" of 100,000 read as a thousand).
    static func title(_ state: AppState, width: Int) -> String {
        let position = "\(state.queue.isEmpty ? 0 : state.cursor + 1)/\(state.queue.count)"
        let candidates = ["Queue \(state.queueName.rawValue) \(position)", "\(state.queueName.rawValue) \(position)", position]
        return candidates.first { $0.count <= width } ?? position
    }

    static func render(_ state: AppState, in rect: Rect, into grid: inout Grid, theme: Theme) {
        PaneFrame.draw(rect, title: title(state, width: rect.width - 4), into: &grid, theme: theme, display: state.display)
        let content = rect.inset(by: 1)
        guard !content.isEmpty else { return }
        if state.queue.isEmpty {
            grid.write("(no items)", x: content.x, y: content.y, style: theme[.textDim], maxWidth: content.width)
            return
        }
        let top = visibleTop(state, rows: content.height)
        for row in 0..<content.height {
            let position = top + row
            guard position < state.queue.count else { break }
            drawRow(state, position: position, x: content.x, y: content.y + row, width: content.width, into: &grid, theme: theme)
        }
    }

    /// The stored scroll, corrected so the cursor is visible even right after a resize.
    static func visibleTop(_ state: AppState, rows: Int) -> Int {
        var top = min(state.queueScroll, max(0, state.queue.count - rows))
        if state.cursor < top { top = state.cursor }
        if state.cursor >= top + rows { top = state.cursor - rows + 1 }
        return max(0, top)
    }

    private static func drawRow(
        _ state: AppState, position: Int, x: Int, y: Int, width: Int, into grid: inout Grid, theme: Theme
    ) {
        let index = state.queue[position]
        let item = state.items[index]
        let verdict = state.standingVerdict(ofItem: index)
        let tier = state.tier(ofItem: index)
        var column = x
        column += grid.write(Glyphs.verdict(verdict, unicode: state.display.unicode) + " ", x: column, y: y,
            style: theme[.verdict(verdict)], maxWidth: x + width - column)
        let flagged = state.ledgers[state.dataset(ofItem: index)].isFlagged(item.localID)
        column += grid.write(flagged ? Glyphs.flag(unicode: state.display.unicode) : " ", x: column, y: y, style: theme[.issueWarning],
                             maxWidth: x + width - column)
        column += grid.write(Glyphs.tier(tier) + " ", x: column, y: y, style: theme[.tier(tier)], maxWidth: x + width - column)
        if width >= 24 {
            let count = item.labels.count < 100 ? String(item.labels.count) : "99+"
            let figures = Glyphs.confidence(state.confidences[index]) + " " + String(repeating: " ", count: max(0, 2 - count.count)) + count + " "
            column += grid.write(figures, x: column, y: y, style: theme[.text], maxWidth: x + width - column)
        }
        let name = ItemNames.elided(TerminalText.sanitized(state.shortNames[index]), toWidth: x + width - column)
        grid.write(name, x: column, y: y, style: theme[.text], maxWidth: x + width - column)
        if position == state.cursor {
            let selection = theme[.selection]
            grid.restyle(Rect(x: x, y: y, width: width, height: 1)) { old in
                Style(foreground: selection.foreground == .terminalDefault ? old.foreground : selection.foreground,
                      background: selection.background, attributes: old.attributes.union(selection.attributes))
            }
        }
    }
}
