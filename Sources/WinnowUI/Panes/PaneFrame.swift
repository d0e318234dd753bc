import WinnowCanvas

/// The border and title every pane has.
enum PaneFrame {
    static func draw(_ rect: Rect, title: String, into grid: inout Grid, theme: Theme, display: DisplayOptions) {
        grid.drawBorder(rect, style: theme[.paneBorder], ascii: !display.unicode)
        grid.drawTitle(title, on: rect, style: theme[.paneTitle])
    }
}
