import WinnowCanvas
import WinnowCore

/// `s`: where review stands — progress, items by tier and verdict, the busiest categories by
/// verdict, a braille histogram of item confidence, and each reviewer's pace in their last session.
enum StatsOverlay {
    static func render(_ state: AppState, screen: Rect, into grid: inout Grid, theme: Theme) {
        let rect = Rect(x: 2, y: 1, width: max(0, screen.width - 4), height: max(0, screen.height - 3))
        grid.fill(rect, with: Cell(" ", style: theme[.text]))
        PaneFrame.draw(rect, title: "Stats — any other key closes", into: &grid, theme: theme, display: state.display)
        let inner = rect.inset(by: 1)
        guard inner.width > 20, inner.height > 6 else { return }
        let split = inner.splitLeft(inner.width / 2)
        var left = PaneWriter(split.left)
        table(StatsCounts(state), state: state, into: &grid, out: &left, theme: theme)
        var right = PaneWriter(split.rest)
        throughput(state, into: &grid, out: &right, theme: theme)
        histogram(state, in: Rect(x: split.rest.x, y: right.y + 1, width: split.rest.width - 1, height: split.rest.maxY - right.y - 1),
                  into: &grid, theme: theme)
    }

    private static func table(_ counts: StatsCounts, state: AppState, into grid: inout Grid, out: inout PaneWriter, theme: Theme) {
        let p = state.progress
        out.line([("Progress ", theme[.paneTitle]), ("\(p.reviewed)/\(p.total) reviewed  good \(p.good)  bad \(p.bad)  skip \(p.skip)", theme[.text])], into: &grid)
        out.skip()
        out.line(row("tier \\ verdict", StatsCounts.columns), theme[.paneTitle], into: &grid)
        for tier in Tier.allCases {
            out.line([(pad(tier.rawValue, 14), theme[.tier(tier)]), (counts.byTier[tier]!.map { pad(String($0), 7) }.joined(), theme[.text])], into: &grid)
        }
        out.skip()
        out.line(row("category", StatsCounts.columns), theme[.paneTitle], into: &grid)
        for (category, values) in counts.byCategory.prefix(max(0, out.rect.maxY - out.y - 1)) {
            out.line(row(category, values.map(String.init)), theme[.text], into: &grid)
        }
    }

    private static func throughput(_ state: AppState, into grid: inout Grid, out: inout PaneWriter, theme: Theme) {
        out.line("Throughput (last session)", theme[.paneTitle], into: &grid)
        let rates = ReviewerThroughput.lastSessions(state.ledgers)
        if rates.isEmpty { out.line("  no verdicts yet", theme[.textDim], into: &grid) }
        for rate in rates.prefix(5) {
            let pace = rate.perMinute.map { "\(String(format2: $0))/min" } ?? "-"
            out.line("  \(rate.reviewer): \(rate.verdicts) items in \(String(format2: rate.minutes)) min, \(pace)", theme[.text], into: &grid)
        }
        out.skip()
        out.line("Item confidence (0 → 1)", theme[.paneTitle], into: &grid)
    }

    /// One bar per bin of 0.05, as high as its share of the fullest bin.
    private static func histogram(_ state: AppState, in rect: Rect, into grid: inout Grid, theme: Theme) {
        guard rect.width >= 4, rect.height >= 2 else { return }
        var canvas = BrailleCanvas(columns: rect.width, rows: rect.height)
        let bins = StatsCounts.histogram(state.items.map(\.confidence), bins: canvas.dotWidth)
        let peak = max(1, bins.max() ?? 1)
        for (x, count) in bins.enumerated() where count > 0 {
            let height = max(1, count * canvas.dotHeight / peak)
            canvas.line(from: (x, canvas.dotHeight - 1), to: (x, canvas.dotHeight - height), color: nil)
        }
        canvas.draw(into: &grid, x: rect.x, y: rect.y, style: theme[.tierHigh], ascii: !state.display.unicode)
    }

    private static func row(_ name: String, _ values: [String]) -> String {
        pad(name, 14) + values.map { pad($0, 7) }.joined()
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        let cut = TerminalText.truncated(text, toWidth: width - 1)
        return cut + String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
    }
}
