import WinnowCanvas
import WinnowCore

/// Center pane for an image pair: the original and the transformed image at the same scale,
/// side by side (or stacked when narrow), each under a caption, the instruction beneath. The
/// difference view draws the per-pixel change in place of the transformed image; zoom shows
/// the same part of both.
enum PairPane {
    static func render(_ state: AppState, in rect: Rect, into grid: inout Grid, theme: Theme) {
        let index = state.currentItemIndex
        let title = index.map { i -> String in
            let item = state.items[i]
            let zoom = state.pairZoom.map { "  zoom \($0.width)x\($0.height) at \($0.x),\($0.y)" } ?? ""
            return ItemNames.title(item.path, details: "  \(item.width)x\(item.height)  \(state.tier(ofItem: i).rawValue)\(zoom)", paneWidth: rect.width)
        }
        PaneFrame.draw(rect, title: title ?? "Pair", into: &grid, theme: theme, display: state.display)
        guard let index, let pair = state.items[index].pair, let layout = layout(forItem: index, state) else { return }
        let key = thumbnailKey(forItem: index, state)
        var editedKey = key
        editedKey?.edited = true
        let original = key.flatMap { state.thumbnails[$0] }
        let edited = editedKey.flatMap { state.thumbnails[$0] }
        caption("original", in: layout.first, into: &grid, theme: theme)
        draw(original, missing: state.items[index].imageURL == nil ? "no original image" : nil, state: state, in: layout.first, into: &grid, theme: theme)
        let showDifference = state.pairDifference && pair.editedURL != nil
        let explained = layout.second.width >= 36 ? "difference (brighter: more changed)" : "difference"
        caption(showDifference ? explained : "transformed", in: layout.second, into: &grid, theme: theme)
        let second = showDifference ? original.flatMap { a in edited.map { DifferenceHeatMap.image(a, $0) } } : edited
        draw(second, missing: pair.editedURL == nil ? "no transformed image" : nil, state: state, in: layout.second, into: &grid, theme: theme)
        instruction(pair, in: layout.instruction, state: state, into: &grid, theme: theme)
        if let failure = state.imageFailures[index] { note("cannot show an image: \(failure)", in: layout.first, into: &grid, style: theme[.issueError]) }
    }

    /// The layout for an item at the current size and zoom.
    static func layout(forItem index: Int, _ state: AppState) -> PairLayout? {
        guard let pane = WorkstationLayout(state)?.imageContent else { return nil }
        return PairLayout(content: pane, item: state.items[index], shown: shown(forItem: index, state))
    }

    /// The thumbnail both images of the pair are decoded at (the transformed one with `edited` set).
    static func thumbnailKey(forItem index: Int, _ state: AppState) -> ThumbnailKey? {
        let item = state.items[index]
        guard item.width > 0, item.height > 0, let layout = layout(forItem: index, state), layout.pixels.width > 0 else { return nil }
        let region = index == state.currentItemIndex ? state.pairZoom : nil
        return ThumbnailKey(item: index, width: layout.pixels.width, height: layout.pixels.height, region: region)
    }

    /// The part of the images shown: the zoom of the current item, else all of it.
    static func shown(forItem index: Int, _ state: AppState) -> ImageRegion {
        let item = state.items[index]
        return (index == state.currentItemIndex ? state.pairZoom : nil) ?? ImageRegion(x: 0, y: 0, width: item.width, height: item.height)
    }

    private static func caption(_ text: String, in rect: Rect, into grid: inout Grid, theme: Theme) {
        grid.write(text, x: rect.x, y: rect.y, style: theme[.paneTitle], maxWidth: rect.width)
    }

    private static func draw(_ image: PixelImage?, missing: String?, state: AppState, in rect: Rect, into grid: inout Grid, theme: Theme) {
        let area = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        if let missing { return note(missing, in: area, into: &grid, style: theme[.issueError]) }
        guard let image else { return note("decoding…", in: area, into: &grid, style: theme[.textDim]) }
        let x = area.x + (area.width - image.width) / 2, y = area.y + (area.height - (image.height + 1) / 2) / 2
        if !state.display.color {
            HalfBlockRenderer.drawShaded(image, into: &grid, x: x, y: y, ascii: !state.display.unicode)
        } else if state.display.unicode {
            HalfBlockRenderer.draw(image, into: &grid, x: x, y: y)
        } else {
            ColoredSpaceRenderer.draw(image, into: &grid, x: x, y: y)
        }
    }

    private static func instruction(_ pair: PairContent, in rect: Rect, state: AppState, into grid: inout Grid, theme: Theme) {
        let heading = pair.originalInstruction == nil ? "Instruction" : "Instruction (corrected)"
        grid.write(heading, x: rect.x, y: rect.y, style: theme[.paneTitle], maxWidth: rect.width)
        let lines = PairLayout.instructionLines(pair, width: rect.width, style: theme[.text])
        for (row, line) in lines.prefix(rect.height - 1).enumerated() {
            var x = rect.x
            for run in line {
                grid.write(run.text, x: x, y: rect.y + 1 + row, style: run.style, maxWidth: rect.maxX - x)
                x += DisplayWidth.of(run.text)
            }
        }
        if lines.count > rect.height - 1 || pair.instruction.count > PairLayout.wrappedLimit {
            let more = " … (\(state.keymap.firstKey(for: .textEdit) ?? "E") opens it all) "
            grid.write(more, x: rect.maxX - DisplayWidth.of(more), y: rect.maxY - 1, style: theme[.textDim], maxWidth: rect.width)
        }
    }

    private static func note(_ text: String, in rect: Rect, into grid: inout Grid, style: Style) {
        let width = min(rect.width, DisplayWidth.of(text))
        grid.write(text, x: rect.x + (rect.width - width) / 2, y: rect.y + rect.height / 2, style: style, maxWidth: rect.width)
    }
}
