import WinnowCanvas
import WinnowCore

/// Center pane for a drill run: total torque, thrust and the program step stacked as braille
/// charts over one x axis (depth or sample), with event markers and the cursor.
enum SignalPane {
    static func render(_ state: AppState, in rect: Rect, into grid: inout Grid, theme: Theme) {
        guard let item = state.currentItem, let run = item.signal, let view = state.signalView else { return }
        let details = "  \(run.sampleCount) samples" + (run.sampleRate.map { "  \(Int($0)) Hz" } ?? "") + "  \(item.tier(state.thresholds).rawValue)"
        let title = ItemNames.title(item.path, details: details, paneWidth: rect.width)
        PaneFrame.draw(rect, title: title, into: &grid, theme: theme, display: state.display)
        let content = rect.inset(by: 1)
        guard run.sampleCount > 1, !content.isEmpty, let torque = run.totalTorque else {
            grid.write("no samples to plot", x: content.x + 1, y: content.y + content.height / 2, style: theme[.issueError],
                       maxWidth: content.width - 1)
            return
        }
        let xs = xValues(run, view)
        StackedChart.draw(
            series(run, torque: torque, theme: theme), xs: xs, viewport: viewport(xs, view),
            xAxis: ChartXAxis(unit: view.xAxis == .depth ? "mm" : "sample"),
            markers: markers(item, xs: xs, view: view, theme: theme),
            cursor: ChartCursor(x: x(ofSample: view.cursor, xs), style: theme[.signalCursor],
                                label: view.xAxis == .sample ? String(view.cursor) : nil),
            theme: ChartTheme(title: theme[.paneTitle], label: theme[.textDim], axis: theme[.paneBorder]),
            gutterWidth: SignalLayout.gutter, ascii: !state.display.unicode, into: &grid, in: content)
    }

    private static func series(_ run: SignalRun, torque: [Double], theme: Theme) -> [ChartSeries] {
        var series = [ChartSeries(title: "Total torque", unit: "A", values: torque, style: theme[.signalTorque])]
        if let thrust = run.thrust { series.append(ChartSeries(title: "Thrust", unit: "A", values: thrust, style: theme[.signalThrust])) }
        if let step = run.step {
            let top = max(1, step.lazy.filter(\.isFinite).max() ?? 1)
            series.append(ChartSeries(title: "Step", unit: "nb", values: step, style: theme[.signalStep], shape: .steps,
                                      yRange: .fixed(-0.5...(top + 0.5)), weight: 1))
        }
        return series
    }

    /// Depth per sample, or nil for the sample-index axis.
    static func xValues(_ run: SignalRun, _ view: SignalView) -> [Double]? {
        view.xAxis == .depth ? run.depth : nil
    }

    static func x(ofSample sample: Int, _ xs: [Double]?) -> Double {
        guard let xs, xs.indices.contains(sample) else { return Double(sample) }
        return xs[sample]
    }

    /// The visible samples' x range (depth is not strictly monotonic, so its min...max).
    static func viewport(_ xs: [Double]?, _ view: SignalView) -> ClosedRange<Double> {
        guard let xs else { return Double(view.first)...Double(max(view.last, view.first + 1)) }
        var low = Double.infinity
        var high = -Double.infinity
        for value in xs[view.first...view.last] where value.isFinite {
            low = min(low, value)
            high = max(high, value)
        }
        guard low < high else { return (low.isFinite ? low : 0)...((low.isFinite ? low : 0) + 1) }
        return low...high
    }

    /// The run's events, and a model's (`--predictions`) in the prediction colour under their own
    /// lower-case letters, drawn first so the run's own sit on top.
    private static func markers(_ item: ReviewItem, xs: [Double]?, view: SignalView, theme: Theme) -> [ChartMarker] {
        let depth = item.signal?.depth ?? []
        let predicted = (item.predictedEvents ?? []).compactMap { event -> ChartMarker? in
            guard let sample = depth.firstIndex(where: { $0 >= event.positionMM }) else { return nil }
            return ChartMarker(x: x(ofSample: sample, xs), label: Character(event.type.marker.lowercased()), style: theme[.boxPrediction])
        }
        return predicted + item.labels.compactMap(\.event).map { event in
            ChartMarker(x: x(ofSample: event.sample, xs), label: event.type.marker, style: theme[role(of: event.type)],
                        selected: event.type == view.selectedEvent)
        }
    }

    static func role(of type: SignalEventType) -> ThemeRole {
        switch type {
        case .entry: return .eventEntry
        case .transition: return .eventTransition
        case .exit: return .eventExit
        }
    }
}
