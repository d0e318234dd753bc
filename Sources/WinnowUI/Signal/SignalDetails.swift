import WinnowCanvas
import WinnowCore

/// The validation pane's part for a drill run: its events (the selected one marked), the exact
/// values under the cursor, and the controller metadata worth knowing while reviewing.
enum SignalDetails {
    static func render(_ item: ReviewItem, view: SignalView, state: AppState, into grid: inout Grid, out: inout PaneWriter, theme: Theme) {
        guard let run = item.signal else { return }
        out.line("Events (\(item.labels.count))", theme[.paneTitle], into: &grid)
        for label in item.labels {
            guard let event = label.event else { continue }
            let selected = event.type == view.selectedEvent
            let pointer = selected ? (state.display.unicode ? "▶" : ">") : " "
            let verified = label.verified ? (state.display.unicode ? "✓" : "v") : " "
            out.line([
                ("\(pointer)\(verified) ", selected ? theme[.boxSelected] : theme[.text]),
                ("\(event.type.marker) ", theme[SignalPane.role(of: event.type)]),
                ("\(String(format2: event.positionMM)) mm #\(event.sample) ", theme[.text]),
                label.verified ? ("verified", theme[.verdictGood])
                    : ("\(Glyphs.confidence(label.confidence)) \(label.source)", theme[.tier(state.thresholds.tier(for: label.effectiveConfidence))]),
            ], into: &grid)
        }
        for predicted in item.predictedEvents ?? [] {
            let label = item.labels.first { $0.event?.type == predicted.type }?.event?.positionMM
            let apart = label.map { String(format: "  %.2f mm apart", abs($0 - predicted.positionMM)) } ?? "  (not labelled)"
            out.line([("  \(Character(predicted.type.marker.lowercased())) ", theme[.boxPrediction]),
                      ("\(String(format2: predicted.positionMM)) mm \(predicted.model)\(apart)", theme[.textDim])], into: &grid)
        }
        out.skip()
        cursor(run, view: view, into: &grid, out: &out, theme: theme)
        out.skip()
        metadata(run, into: &grid, out: &out, theme: theme)
    }

    /// Exact values at the cursor's sample (the chart's read-out is per dot column).
    private static func cursor(_ run: SignalRun, view: SignalView, into grid: inout Grid, out: inout PaneWriter, theme: Theme) {
        let i = view.cursor
        func value(_ series: [Double]?) -> String {
            guard let series, series.indices.contains(i), series[i].isFinite else { return "-" }
            return String(format2: series[i])
        }
        out.line([("Cursor ", theme[.paneTitle]), ("#\(i)  \(value(run.depth)) mm", theme[.text])], into: &grid)
        out.line("  torque \(value(run.totalTorque)) A  thrust \(value(run.thrust)) A  step \(value(run.step))", theme[.text], into: &grid)
        out.line("  view #\(view.first)–#\(view.last)", theme[.textDim], into: &grid)
    }

    private static func metadata(_ run: SignalRun, into grid: inout Grid, out: inout PaneWriter, theme: Theme) {
        let version = run.firmwareVersion.map { "v\($0)" } ?? "version ?"
        let date = run.metadata["date"]?.stringValue ?? "no date"
        out.line("\(version) · \(date)", theme[.textDim], into: &grid)
        if let steps = run.metadata["Program"]?.arrayValue { out.line("program: \(steps.count) steps", theme[.textDim], into: &grid) }
    }
}
