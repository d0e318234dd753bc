import WinnowCanvas
import WinnowCore

/// The stats view's account of drill runs: each drilling group's run thicknesses as dots on one
/// braille strip over a shared millimetre axis (dots stack where runs fall together), with the
/// group's median and run count, so a run far from its group stands out.
enum ThicknessStrips {
    static func render(_ state: AppState, into grid: inout Grid, out: inout PaneWriter, theme: Theme) {
        let measured = DrillGroupThickness.of(state.items)
        let groups = measured.filter { $0.thicknesses.count >= DrillGroupThickness.minimumRuns }
        let all = groups.flatMap { $0.thicknesses }
        let alone = measured.count - groups.count
        guard let low = all.min(), let high = all.max() else {
            return out.line("Thickness per group: no group of \(DrillGroupThickness.minimumRuns) runs or more (\(alone) smaller)", theme[.textDim], into: &grid)
        }
        let nameWidth = 14, stripWidth = max(8, out.rect.width - nameWidth - 22)
        out.line(String(format: "Thickness per group (%.2f–%.2f mm; %d groups under %d runs not shown)", low, high, alone, DrillGroupThickness.minimumRuns),
                 theme[.paneTitle], into: &grid)
        let names = ItemNames.withoutSharedPrefix(groups.map { $0.group })
        for (group, shortName) in zip(groups, names) where out.y < out.rect.maxY {
            var canvas = BrailleCanvas(columns: stripWidth, rows: 1)
            for value in group.thicknesses {
                let x = high > low ? Int(saturating: ((value - low) / (high - low) * Double(canvas.dotWidth - 1)).rounded()) : 0
                var y = canvas.dotHeight - 1
                while y > 0, canvas.isSet(x: x, y: y) { y -= 1 }
                canvas.set(x: x, y: y)
            }
            let name = TerminalText.truncated(shortName, toWidth: nameWidth - 1)
            grid.write(name, x: out.rect.x, y: out.y, style: theme[.text], maxWidth: nameWidth)
            canvas.draw(into: &grid, x: out.rect.x + nameWidth, y: out.y, style: theme[.signalTorque], ascii: !state.display.unicode)
            grid.write(String(format: " median %.2f mm, %d", group.median, group.thicknesses.count), x: out.rect.x + nameWidth + stripWidth, y: out.y,
                       style: theme[.textDim], maxWidth: out.rect.maxX - out.rect.x - nameWidth - stripWidth)
            out.skip()
        }
    }
}
