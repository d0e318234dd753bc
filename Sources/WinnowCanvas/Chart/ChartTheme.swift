/// The styles of a chart's furniture (series and markers bring their own).
public struct ChartTheme: Sendable {
    /// Panel titles.
    public var title: Style
    /// Tick labels and units.
    public var label: Style
    /// Axis lines and tick marks.
    public var axis: Style

    public init(title: Style = .plain, label: Style = .plain, axis: Style = .plain) {
        self.title = title
        self.label = label
        self.axis = axis
    }

    public static let plain = ChartTheme()
}
