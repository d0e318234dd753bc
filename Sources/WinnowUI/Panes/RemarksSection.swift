import WinnowCanvas
import WinnowCore

/// Under the verdict in the validation pane: the bad verdict's reason, the flag and the item's
/// notes (newest last). Nothing at all when there are none, so the pane stays short.
enum RemarksSection {
    /// Notes shown at most (the newest); `show --json` has them all.
    static let shownNotes = 3

    static func render(_ state: AppState, index: Int, into grid: inout Grid, out: inout PaneWriter, theme: Theme) {
        let ledger = state.ledgers[state.dataset(ofItem: index)]
        let local = state.items[index].localID
        if let reason = state.verdict(ofItem: index)?.reason {
            out.line([("reason ", theme[.textDim]), (reason, theme[.text])], into: &grid)
        }
        if ledger.isFlagged(local) {
            out.line((Glyphs.flag(unicode: state.display.unicode) + " ") + "flagged", theme[.verdictBad], into: &grid)
        }
        let notes = ledger.notes(for: local)
        if notes.count > shownNotes { out.line("  … \(notes.count - shownNotes) earlier notes", theme[.textDim], into: &grid) }
        for note in notes.suffix(shownNotes) {
            let lines = TerminalText.wrapped("\(note.reviewer): \(note.text)", width: out.rect.width - 5).prefix(2)
            for (i, line) in lines.enumerated() {
                out.line([(i == 0 ? "note " : "     ", theme[.textDim]), (line, theme[.text])], into: &grid)
            }
        }
    }
}
