import WinnowCanvas

/// Where the signal plot goes inside the center pane, and how many samples one braille dot
/// column covers at the current zoom (the step of "move by one sample-column").
enum SignalLayout {
    /// Columns left of the plot for y-axis labels.
    static let gutter = 9

    static func plotColumns(_ state: AppState) -> Int {
        guard let pane = WorkstationLayout(state)?.imageContent else { return 1 }
        return max(1, (pane.width - gutter) * 2)
    }

    static func samplesPerColumn(_ view: SignalView, _ state: AppState) -> Int {
        let columns = plotColumns(state)
        return max(1, (view.visibleCount + columns - 1) / columns)
    }
}
