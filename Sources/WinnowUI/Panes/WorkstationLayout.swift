import WinnowCanvas

/// Where the panes go: queue left, image or chart in the center, details (validation) right,
/// status bar at the bottom. Below `wideWidth` columns the queue narrows to mark, tier and name
/// and the details fold away, so the center keeps most of an 80-column terminal; F2 and F3 show
/// or hide either side pane at any size. nil when the terminal is below the minimum size.
struct WorkstationLayout: Equatable {
    static let wideWidth = 120

    let queue: Rect?
    let image: Rect
    let validation: Rect?
    let status: Rect

    init?(size: TerminalSize, panes: SidePanes = SidePanes()) {
        guard !size.isTooSmall else { return nil }
        let compact = size.width < Self.wideWidth
        let screen = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let rows = screen.splitBottom(1)
        let queueWidth = panes.queue ?? true ? (compact ? min(28, max(20, size.width * 3 / 10)) : min(36, max(22, size.width / 5))) : 0
        let detailsWidth = panes.details ?? !compact ? min(44, max(26, size.width / 4)) : 0
        let columns = rows.rest.splitLeft(queueWidth)
        let center = columns.rest.splitRight(detailsWidth)
        queue = queueWidth > 0 ? columns.left : nil
        image = center.rest
        validation = detailsWidth > 0 ? center.right : nil
        status = rows.bottom
    }

    init?(_ state: AppState) { self.init(size: state.size, panes: state.sidePanes) }

    /// The image pane inside its border.
    var imageContent: Rect { image.inset(by: 1) }
}
