import WinnowCore

/// The pair pane's keys: the difference view, and zoom and pan of both images at once (the
/// zoomed part is a region of the original's pixels, kept inside the image).
enum PairCommands {
    /// The closest zoom: this many image pixels across, at least.
    static let closest = 8

    static func perform(_ command: Command, on state: inout AppState) {
        guard let item = state.currentItem, item.pair != nil else { return }
        guard item.width > 0, item.height > 0 else { return state.message = .info("image size unknown: nothing to zoom") }
        let whole = ImageRegion(x: 0, y: 0, width: item.width, height: item.height)
        let shown = state.pairZoom ?? whole
        switch command {
        case .pairDifference:
            state.pairDifference.toggle()
            state.message = .info(state.pairDifference ? "difference view: brighter is more changed" : "transformed image")
        case .pairZoomIn:
            let width = max(min(closest, item.width), shown.width / 2), height = max(min(closest, item.height), shown.height / 2)
            state.pairZoom = clamped(centeredOn: shown, width: width, height: height, in: whole)
        case .pairZoomOut:
            let region = clamped(centeredOn: shown, width: shown.width * 2, height: shown.height * 2, in: whole)
            state.pairZoom = region == whole ? nil : region
        case .pairPanLeft, .pairPanRight, .pairPanUp, .pairPanDown:
            guard state.pairZoom != nil else { return state.message = .info("zoom in first (\(state.keymap.firstKey(for: .pairZoomIn) ?? "z"))") }
            let dx = max(1, shown.width / 4), dy = max(1, shown.height / 4)
            var moved = shown
            switch command {
            case .pairPanLeft: moved.x -= dx
            case .pairPanRight: moved.x += dx
            case .pairPanUp: moved.y -= dy
            default: moved.y += dy
            }
            state.pairZoom = clamped(moved, in: whole)
        default: break
        }
    }

    private static func clamped(centeredOn shown: ImageRegion, width: Int, height: Int, in whole: ImageRegion) -> ImageRegion {
        let w = min(width, whole.width), h = min(height, whole.height)
        return clamped(ImageRegion(x: shown.x + shown.width / 2 - w / 2, y: shown.y + shown.height / 2 - h / 2, width: w, height: h), in: whole)
    }

    private static func clamped(_ region: ImageRegion, in whole: ImageRegion) -> ImageRegion {
        var r = region
        r.x = max(0, min(r.x, whole.width - r.width))
        r.y = max(0, min(r.y, whole.height - r.height))
        return r
    }
}
