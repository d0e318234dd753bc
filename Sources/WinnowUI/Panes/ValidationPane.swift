import WinnowCanvas
import WinnowCore

/// Right pane: the item's verdict, its labels, its problems and review progress.
enum ValidationPane {
    static func render(_ state: AppState, in rect: Rect, into grid: inout Grid, theme: Theme) {
        PaneFrame.draw(rect, title: "Validation", into: &grid, theme: theme, display: state.display)
        var out = PaneWriter(rect.inset(by: 1))
        guard !out.rect.isEmpty else { return }
        if let index = state.currentItemIndex {
            item(state, index: index, into: &grid, out: &out, theme: theme)
        }
        progress(state, into: &grid, out: &out, theme: theme)
    }

    private static func item(_ state: AppState, index: Int, into grid: inout Grid, out: inout PaneWriter, theme: Theme) {
        let item = state.items[index]
        let tier = state.tier(ofItem: index)
        out.line([("tier ", theme[.textDim]), ("\(tier.rawValue) \(Glyphs.confidence(state.confidences[index]))", theme[.tier(tier)])], into: &grid)
        let record = state.verdict(ofItem: index)
        let mark = Glyphs.verdict(record?.verdict, unicode: state.display.unicode)
        let verdictText = record.map { "\(mark) \($0.verdict.rawValue) (\($0.reviewer)) saved" } ?? "\(mark) not reviewed"
        out.line([("verdict ", theme[.textDim]), (verdictText, theme[.verdict(record?.verdict)])], into: &grid)
        RemarksSection.render(state, index: index, into: &grid, out: &out, theme: theme)
        out.skip()
        if item.signal != nil, let view = state.signalView {
            SignalDetails.render(item, view: view, state: state, into: &grid, out: &out, theme: theme)
        } else {
            labels(state, item: item, into: &grid, out: &out, theme: theme)
            if item.predictionModels != nil {
                out.skip()
                ModelSection.render(state, item: item, into: &grid, out: &out, theme: theme)
            }
            if let pair = item.pair {
                out.skip()
                PairSection.render(state, pair: pair, into: &grid, out: &out, theme: theme)
            }
            if item.kind == .text, !item.metadata.isEmpty {
                out.skip()
                MetadataSection.render(item, into: &grid, out: &out, theme: theme)
            }
        }
        out.skip()
        problems(state.issues(ofItem: index), state: state, into: &grid, out: &out, theme: theme)
        out.skip()
    }

    private static func labels(_ state: AppState, item: ReviewItem, into grid: inout Grid, out: inout PaneWriter, theme: Theme) {
        out.line("Labels (\(item.labels.count))", theme[.paneTitle], into: &grid)
        // Leave room for problems and progress below: at most half the pane for labels.
        let room = max(1, out.rect.height / 2 - 3)
        let first = max(0, min((state.selectedLabel ?? 0) - room / 2, item.labels.count - room))
        let slots = BoxOverlay.colorSlots(item)
        for (index, label) in item.labels.enumerated().dropFirst(first).prefix(room) {
            let selected = index == state.selectedLabel
            let pointer = selected ? (state.display.unicode ? "▶" : ">") : " "
            let decided = label.rejected ? (state.display.unicode ? "✗" : "x") : label.verified ? (state.display.unicode ? "✓" : "v") : " "
            let style = selected ? theme[.boxSelected] : theme[.text]
            let swatch = slots[label.category].map { ThemeRole.boxPalette[$0 % ThemeRole.boxPalette.count] }
            out.line([
                ("\(pointer)\(decided)", style),
                (label.bbox == nil ? " " : (state.display.unicode ? "■" : "#"), swatch.map { theme[$0] } ?? theme[.text]),
                (" ", style),
                ("\(Glyphs.confidence(label.confidence)) ", theme[.tier(state.thresholds.tier(for: label.effectiveConfidence))]),
                ("\(short(label.source)) ", theme[.textDim]),
                (label.category, style),
            ], into: &grid)
        }
        if item.labels.count > room { out.line("  … \(item.labels.count) in all (Tab to step)", theme[.textDim], into: &grid) }
        if let selected = state.selectedLabel, item.labels.indices.contains(selected), let box = item.labels[selected].bbox {
            out.line("  box \(format(box))", theme[.textDim], into: &grid)
        }
    }

    private static func problems(_ issues: [Issue], state: AppState, into grid: inout Grid, out: inout PaneWriter, theme: Theme) {
        out.line("Problems (\(issues.count))", theme[.paneTitle], into: &grid)
        if issues.isEmpty { out.line("  none", theme[.textDim], into: &grid) }
        // Messages wrap (up to three lines each) so the reason is readable in a narrow pane.
        for issue in issues where out.y < out.rect.maxY - 3 {
            let mark = Glyphs.severity(issue.severity, unicode: state.display.unicode)
            let lines = TerminalText.wrapped(issue.message, width: out.rect.width - 2).prefix(3)
            for (index, line) in lines.enumerated() where out.y < out.rect.maxY - 3 {
                out.line([(index == 0 ? "\(mark) " : "  ", theme[.severity(issue.severity)]), (line, theme[.text])], into: &grid)
            }
        }
    }

    private static func progress(_ state: AppState, into grid: inout Grid, out: inout PaneWriter, theme: Theme) {
        let p = state.progress
        var bottom = PaneWriter(Rect(x: out.rect.x, y: out.rect.maxY - 2, width: out.rect.width, height: 2))
        bottom.line([("Progress ", theme[.paneTitle]), ("\(p.reviewed)/\(p.total) reviewed", theme[.text])], into: &grid)
        let u = state.display.unicode
        bottom.line([
            ("\(Glyphs.verdict(.good, unicode: u)) \(p.good)  ", theme[.verdictGood]),
            ("\(Glyphs.verdict(.bad, unicode: u)) \(p.bad)  ", theme[.verdictBad]),
            ("\(Glyphs.verdict(.skip, unicode: u)) \(p.skip)", theme[.verdictSkip]),
        ], into: &grid)
    }

    private static func short(_ source: String) -> String {
        switch source {
        case "template_matching": return "tm"
        case "user_click": return "click"
        default: return source
        }
    }

    private static func format(_ box: BoundingBox) -> String {
        func n(_ v: Double) -> String { v.rounded() == v && abs(v) < 1e9 ? String(Int(v)) : String(format2: v) }
        return "x\(n(box.x)) y\(n(box.y)) \(n(box.width))x\(n(box.height))"
    }
}
