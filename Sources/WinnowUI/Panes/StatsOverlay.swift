import WinnowCanvas
import WinnowCore

/// `s`: where review stands — progress, items by tier and verdict, the busiest categories by
/// verdict, a braille histogram of item confidence, and each reviewer's pace in their last session.
enum StatsOverlay {
    /// Side by side from 96 columns inside the frame; stacked below (tables, then pace, then histogram).
    static func render(_ state: AppState, screen: Rect, into grid: inout Grid, theme: Theme) {
        let rect = Rect(x: 2, y: 1, width: max(0, screen.width - 4), height: max(0, screen.height - 3))
        grid.fill(rect, with: Cell(" ", style: theme[.text]))
        PaneFrame.draw(rect, title: "Stats — any other key closes", into: &grid, theme: theme, display: state.display)
        let inner = rect.inset(by: 1)
        guard inner.width > 20, inner.height > 6 else { return }
        let wide = inner.width >= 96
        let histogramRows = wide ? 0 : min(6, max(3, inner.height / 4))
        let stacked = inner.splitBottom(histogramRows + 3)
        let split = wide ? inner.splitLeft(inner.width / 2) : (left: stacked.rest, rest: stacked.bottom)
        var left = PaneWriter(split.left)
        table(StatsCounts(state), state: state, into: &grid, out: &left, theme: theme)
        var right = PaneWriter(split.rest)
        throughput(state, into: &grid, out: &right, theme: theme)
        let below = Rect(x: split.rest.x, y: right.y, width: split.rest.width - 1, height: split.rest.maxY - right.y)
        if let stats = state.predictionStats {
            ModelStatsSection.render(stats, state: state, in: below, into: &grid, theme: theme)  // in place of the confidence histogram
        } else {
            histogram(state, in: below, into: &grid, theme: theme)
        }
    }

    private static func table(_ counts: StatsCounts, state: AppState, into grid: inout Grid, out: inout PaneWriter, theme: Theme) {
        let p = state.progress
        out.line([("Progress ", theme[.paneTitle]), ("\(p.reviewed)/\(p.total) reviewed  good \(p.good)  bad \(p.bad)  skip \(p.skip)", theme[.text])], into: &grid)
        out.skip()
        out.line(row("tier", StatsCounts.columns), theme[.paneTitle], into: &grid)
        for tier in Tier.allCases {
            out.line([(pad(tier.rawValue, nameWidth), theme[.tier(tier)]), (counts.byTier[tier]!.map { number(String($0)) }.joined(), theme[.text])],
                     into: &grid)
        }
        out.skip()
        if let pairs = InstructionStats(items: state.items) { return instructions(pairs, into: &grid, out: &out, theme: theme) }
        if state.items.contains(where: { $0.signal != nil }) { return ThicknessStrips.render(state, into: &grid, out: &out, theme: theme) }
        out.line(row("category", StatsCounts.columns), theme[.paneTitle], into: &grid)
        let room = max(0, out.rect.maxY - out.y)
        let shown = counts.byCategory.prefix(counts.byCategory.count > room ? max(0, room - 1) : room)
        for (category, values) in shown { out.line(row(category, values.map(String.init)), theme[.text], into: &grid) }
        if shown.count < counts.byCategory.count { out.line("… \(counts.byCategory.count - shown.count) more categories", theme[.textDim], into: &grid) }
    }

    /// Image pairs: seed 002's dashboard figures and the instructions asked most often.
    private static func instructions(_ stats: InstructionStats, into grid: inout Grid, out: inout PaneWriter, theme: Theme) {
        out.line([("Sessions ", theme[.paneTitle]), ("\(stats.sessions)  images \(stats.images)  unique instructions \(stats.uniqueInstructions)", theme[.text])],
                 into: &grid)
        out.line([("Latest ", theme[.paneTitle]), (stats.latest ?? "unknown", theme[.text])], into: &grid)
        out.skip()
        out.line("Most frequent instructions", theme[.paneTitle], into: &grid)
        for (instruction, count) in stats.frequent where out.y < out.rect.maxY {
            out.line([(pad(String(count), 5), theme[.text]), (instruction, theme[.text])], into: &grid)
        }
    }

    private static func throughput(_ state: AppState, into grid: inout Grid, out: inout PaneWriter, theme: Theme) {
        out.line("Pace (each reviewer's last session)", theme[.paneTitle], into: &grid)
        let rates = ReviewerThroughput.lastSessions(state.ledgers)
        if rates.isEmpty { out.line("  no verdicts yet", theme[.textDim], into: &grid) }
        for rate in rates.prefix(3) {
            let pace = rate.perMinute.map { "\(String(format2: $0)) items/min" } ?? "pace after 1 min"
            out.line("  \(rate.reviewer): \(rate.verdicts) verdicts in \(String(format2: rate.minutes)) min, \(pace)", theme[.text], into: &grid)
        }
        out.skip()
    }

    /// Item confidence in bins, bars as high as their share of the fullest bin, with the count
    /// of the fullest and the confidence axis under it.
    private static func histogram(_ state: AppState, in rect: Rect, into grid: inout Grid, theme: Theme) {
        guard rect.width >= 12, rect.height >= 3 else { return }
        let plot = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 2)
        var canvas = BrailleCanvas(columns: plot.width, rows: plot.height)
        let values = state.confidences
        let bins = StatsCounts.histogram(values, bins: canvas.dotWidth)
        let peak = max(1, bins.max() ?? 1)
        grid.write("Item confidence: \(values.compactMap { $0 }.count) items, \(peak) in the fullest bin", x: rect.x, y: rect.y,
                   style: theme[.paneTitle], maxWidth: rect.width)
        for (x, count) in bins.enumerated() where count > 0 {
            let height = max(1, count * canvas.dotHeight / peak)
            canvas.line(from: (x, canvas.dotHeight - 1), to: (x, canvas.dotHeight - height), color: nil)
        }
        canvas.draw(into: &grid, x: plot.x, y: plot.y, style: theme[.tierHigh], ascii: !state.display.unicode)
        let axis = rect.maxY - 1
        grid.write("0", x: rect.x, y: axis, style: theme[.textDim])
        grid.write("0.5", x: rect.x + rect.width / 2 - 1, y: axis, style: theme[.textDim])
        grid.write("1", x: rect.maxX - 1, y: axis, style: theme[.textDim])
    }

    private static let nameWidth = 14

    private static func number(_ text: String) -> String {
        String(repeating: " ", count: max(0, 6 - text.count)) + text
    }

    private static func row(_ name: String, _ values: [String]) -> String {
        pad(name, nameWidth) + values.map(number).joined()
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        let cut = TerminalText.truncated(text, toWidth: width - 1)
        return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
    }
}
