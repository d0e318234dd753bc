import WinnowCanvas
import WinnowCore

/// Center pane: the screenshot as a half-block thumbnail, fitted and centered, with its boxes.
enum ImagePane {
    static func render(_ state: AppState, in rect: Rect, into grid: inout Grid, theme: Theme) {
        let item = state.currentItem
        let zoom = state.currentItemIndex.flatMap { ThumbnailPlanner.key(forItem: $0, state)?.region }
            .map { "  zoom \($0.width)x\($0.height) at \($0.x),\($0.y)" } ?? ""
        let title = state.currentItemIndex.map { index in
            let item = state.items[index]
            return ItemNames.title(item.path, details: "  \(item.width)x\(item.height)  \(state.tier(ofItem: index).rawValue)\(zoom)", paneWidth: rect.width)
        } ?? "Image"
        PaneFrame.draw(rect, title: title, into: &grid, theme: theme, display: state.display)
        let content = rect.inset(by: 1)
        guard let index = state.currentItemIndex, let item, !content.isEmpty else { return }
        if let failure = state.imageFailures[index] {
            note("cannot show the image: \(failure)", in: content, into: &grid, style: theme[.issueError])
        } else if item.imageURL == nil {
            note("no image for this item", in: content, into: &grid, style: theme[.issueError])
        } else if let key = ThumbnailPlanner.key(forItem: index, state), let thumbnail = state.thumbnails[key] {
            draw(thumbnail, of: item, region: key.region, state: state, in: content, into: &grid, theme: theme)
        } else if item.width <= 0 || item.height <= 0 {
            note("image size unknown", in: content, into: &grid, style: theme[.issueWarning])
        } else {
            note("decoding…", in: content, into: &grid, style: theme[.textDim])
        }
    }

    private static func draw(
        _ thumbnail: PixelImage, of item: ReviewItem, region: ImageRegion?, state: AppState, in content: Rect, into grid: inout Grid,
        theme: Theme
    ) {
        let cellRows = (thumbnail.height + 1) / 2
        let origin = (x: content.x + (content.width - thumbnail.width) / 2, y: content.y + (content.height - cellRows) / 2)
        let shown = region ?? ImageRegion(x: 0, y: 0, width: item.width, height: item.height)
        let scale = (x: Double(thumbnail.width) / Double(shown.width), y: Double(thumbnail.height) / Double(shown.height))
        let offset = (Double(shown.x), Double(shown.y))
        let boxes = BoxOverlay.boxes(of: item, state: state, theme: theme, scale: scale, offset: offset)
        let predictions = BoxOverlay.predictions(of: item, state: state, theme: theme, scale: scale, offset: offset)
        defer { scores(predictions, origin: origin, clip: content, into: &grid, theme: theme) }
        if state.display.color {
            var image = thumbnail
            BoxOverlay.paint(boxes + predictions.map(\.box), on: &image)
            if state.display.unicode {
                HalfBlockRenderer.draw(image, into: &grid, x: origin.x, y: origin.y)
            } else {
                ColoredSpaceRenderer.draw(image, into: &grid, x: origin.x, y: origin.y)
            }
        } else {
            HalfBlockRenderer.drawShaded(thumbnail, into: &grid, x: origin.x, y: origin.y, ascii: !state.display.unicode)
            BoxOverlay.outline(boxes, into: &grid, origin: origin, unicode: state.display.unicode, theme: theme)
            BoxOverlay.cornerMarks(predictions.map(\.box), into: &grid, origin: origin, unicode: state.display.unicode, theme: theme)
        }
    }

    /// Each prediction's score (`.81`) on the cell row above its top edge, inside the pane; a later
    /// (the highlighted) one writes over an earlier.
    private static func scores(_ predictions: [(box: OverlayBox, score: Double?)], origin: (x: Int, y: Int), clip: Rect,
                               into grid: inout Grid, theme: Theme) {
        for case let (box, score?) in predictions {
            let text = Glyphs.fraction(score)
            let x = origin.x + box.minX, y = origin.y + box.minY / 2 - 1
            guard x >= clip.x, y >= clip.y, y < clip.maxY, x + text.count <= clip.maxX else { continue }
            grid.write(text, x: x, y: y, style: theme[box.selected ? .boxSelected : .boxPrediction], maxWidth: text.count)
        }
    }

    private static func note(_ text: String, in rect: Rect, into grid: inout Grid, style: Style) {
        let y = rect.y + rect.height / 2
        let width = min(rect.width, DisplayWidth.of(text))
        grid.write(text, x: rect.x + (rect.width - width) / 2, y: y, style: style, maxWidth: rect.width)
    }
}
