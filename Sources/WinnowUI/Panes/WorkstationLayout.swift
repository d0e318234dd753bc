import WinnowCanvas

/// Where the panes go at a given terminal size: queue left, image center, validation right,
/// status bar at the bottom. nil when the terminal is below the minimum size.
struct WorkstationLayout: Equatable {
    let queue: Rect
    let image: Rect
    let validation: Rect
    let status: Rect

    init?(size: TerminalSize) {
        guard !size.isTooSmall else { return nil }
        let screen = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let rows = screen.splitBottom(1)
        let columns = rows.rest.splitLeft(min(36, max(22, size.width / 5)))
        let center = columns.rest.splitRight(min(44, max(26, size.width / 4)))
        queue = columns.left
        image = center.rest
        validation = center.right
        status = rows.bottom
    }

    /// The image pane inside its border.
    var imageContent: Rect { image.inset(by: 1) }
}
