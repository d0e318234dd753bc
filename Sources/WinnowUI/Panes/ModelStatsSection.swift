import WinnowCanvas
import WinnowCore

/// The stats view with predictions open: disagreements by tier, then each category's
/// precision/recall curve at IoU 0.5 as a small braille plot with its best F1 cut-off.
enum ModelStatsSection {
    static let kinds: [Disagreement] = [.falsePositive, .missed, .wrongClass, .poorPlacement, .duplicate]

    static func render(_ stats: PredictionStats, state: AppState, in rect: Rect, into grid: inout Grid, theme: Theme) {
        var out = PaneWriter(rect)
        let figures = zip(stats.models, stats.ap50).map { "\($0) AP50 \($1 < 0 ? "-" : String(format: "%.3f", $1))" }
        out.line([(stats.models.count == 1 ? "Model " : "Models ", theme[.paneTitle]),
                  (figures.joined(separator: " · ") + " against the labels as they stand", theme[.text])], into: &grid)
        out.line("tier        " + kinds.map { pad($0 == .duplicate ? "dup" : $0.rawValue) }.joined(), theme[.paneTitle], into: &grid)
        for tier in Tier.allCases {
            let counts = kinds.map { pad(String(stats.byTier[tier]?[$0] ?? 0)) }.joined()
            out.line([(tier.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0), theme[.tier(tier)]), (counts, theme[.text])], into: &grid)
        }
        out.skip()
        let whose = stats.models.count > 1 ? " (\(stats.models[0]))" : ""
        out.line("Precision over recall at IoU 0.5, best F1\(whose)", theme[.paneTitle], into: &grid)
        curves(stats.curves.first ?? [], state: state, out: &out, into: &grid, theme: theme)
    }

    /// One band per category (up to three rows high, as room allows): name, plot, best F1.
    private static func curves(_ curves: [PredictionStats.CategoryCurve], state: AppState, out: inout PaneWriter, into grid: inout Grid,
                               theme: Theme) {
        let labelled = curves.filter { $0.precision != nil }
        guard !labelled.isEmpty else { return }
        let room = out.rect.maxY - out.y
        guard room > 0 else { return }
        let rows = max(1, min(3, room / labelled.count))
        let nameWidth = min(14, labelled.map { TerminalText.sanitized($0.category).count }.max() ?? 0)
        let plotWidth = max(4, min(40, out.rect.width - nameWidth - 16))
        if labelled.count > room / rows { out.line("(\(room / rows) of \(labelled.count) categories fit)", theme[.textDim], into: &grid) }
        for curve in labelled.prefix(max(0, (out.rect.maxY - out.y) / rows)) {
            let y = out.y
            grid.write(TerminalText.sanitized(curve.category), x: out.rect.x, y: y, style: theme[.text], maxWidth: nameWidth)
            plot(curve.precision!, in: Rect(x: out.rect.x + nameWidth + 1, y: y, width: plotWidth, height: rows), into: &grid, state: state, theme: theme)
            let best = curve.best.flatMap { $0.f1 > 0 ? " F1 \(Glyphs.fraction($0.f1))@\(Glyphs.fraction($0.score))" : nil } ?? " F1 -"
            grid.write(best, x: out.rect.x + nameWidth + 1 + plotWidth, y: y, style: theme[.textDim], maxWidth: 14)
            for _ in 0..<rows { out.skip() }
        }
    }

    /// Recall left to right, precision bottom to top, the 101 interpolated points joined.
    private static func plot(_ precision: [Double], in rect: Rect, into grid: inout Grid, state: AppState, theme: Theme) {
        var canvas = BrailleCanvas(columns: rect.width, rows: rect.height)
        let point = { (i: Int) -> (Int, Int) in
            let x = Int((Double(i) / Double(precision.count - 1) * Double(canvas.dotWidth - 1)).rounded())
            let y = canvas.dotHeight - 1 - Int((precision[i] * Double(canvas.dotHeight - 1)).rounded())
            return (x, y)
        }
        for i in 1..<precision.count { canvas.line(from: point(i - 1), to: point(i), color: nil) }
        canvas.draw(into: &grid, x: rect.x, y: rect.y, style: theme[.tierHigh], ascii: !state.display.unicode)
    }

    private static func pad(_ text: String) -> String {
        String(repeating: " ", count: max(0, 6 - text.count)) + text
    }
}
