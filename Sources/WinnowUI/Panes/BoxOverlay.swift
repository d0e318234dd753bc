import WinnowCanvas
import WinnowCore

/// Draws an item's boxes over its thumbnail: outlines in a colour per category of the item, the
/// selected box last (on top) in its own colour, rejected boxes dashed, and boxes smaller than the
/// thumbnail can outline as a ring around them, so a 20 px button in a 1920 px screenshot is never
/// invisible and never hidden under its own box.
enum BoxOverlay {
    static let minimumOutline = 3

    static func boxes(of item: ReviewItem, state: AppState, theme: Theme, scale: (x: Double, y: Double),
                      offset: (x: Double, y: Double) = (0, 0)) -> [OverlayBox] {
        var result: [OverlayBox] = []
        var selected: OverlayBox?
        let slots = colorSlots(item)
        for (index, label) in item.labels.enumerated() {
            guard let bbox = label.bbox, bbox.isFinite else { continue }
            let isSelected = index == state.selectedLabel
            if state.boxEditor?.onlySelected == true, !isSelected { continue }
            let slot = slots[label.category] ?? 0
            let role = isSelected ? ThemeRole.boxSelected : ThemeRole.boxPalette[slot % ThemeRole.boxPalette.count]
            let shifted = BoundingBox(x: bbox.x - offset.x, y: bbox.y - offset.y, width: bbox.width, height: bbox.height)
            var box = place(shifted, scale: scale, color: rgb(theme[role].foreground), selected: isSelected)
            box.dashed = label.rejected || slot >= ThemeRole.boxPalette.count
            if isSelected { selected = box } else { result.append(box) }
        }
        if let selected { result.append(selected) }
        return result
    }

    /// The model's boxes, when shown: corner marks in the prediction colour, the highlighted
    /// disagreement's in the selection colour, with the score of each that disagrees. Matches are
    /// drawn too (without a score), so the reviewer sees what agrees.
    static func predictions(of item: ReviewItem, state: AppState, theme: Theme, scale: (x: Double, y: Double),
                            offset: (x: Double, y: Double) = (0, 0)) -> [(box: OverlayBox, score: Double?)] {
        guard state.showPredictions, let output = item.modelOutput else { return [] }
        let disagreements = item.disagreements
        let highlighted = PredictionCommands.selected(state, disagreements)?.prediction
        let disputed = Set(disagreements.compactMap(\.prediction))
        return output.boxes.enumerated().compactMap { index, prediction in
            guard prediction.bbox.isFinite else { return nil }
            let selected = index == highlighted
            let color = rgb(theme[selected ? .boxSelected : .boxPrediction].foreground)
            let shifted = BoundingBox(x: prediction.bbox.x - offset.x, y: prediction.bbox.y - offset.y,
                                      width: prediction.bbox.width, height: prediction.bbox.height)
            var box = place(shifted, scale: scale, color: color, selected: selected)
            box.corners = true
            return (box, disputed.contains(index) ? prediction.score : nil)  // scores of matches would only crowd the image
        }.sorted { !$0.box.selected && $1.box.selected }
    }

    /// Each category on the item gets its own palette slot, in sorted order: colours differ on
    /// one screen; past the palette, boxes are dashed too.
    static func colorSlots(_ item: ReviewItem) -> [String: Int] {
        let categories = Set(item.labels.filter { $0.bbox != nil }.map(\.category)).sorted()
        return Dictionary(uniqueKeysWithValues: categories.enumerated().map { ($1, $0) })
    }

    /// Thumbnail pixels covered by the box, at least one pixel each way even for empty boxes; a
    /// box too small to outline gets a ring one pixel outside it.
    static func place(_ bbox: BoundingBox, scale: (x: Double, y: Double), color: (UInt8, UInt8, UInt8), selected: Bool) -> OverlayBox {
        let x0 = Int(saturating: (min(bbox.x, bbox.maxX) * scale.x).rounded(.down))
        let y0 = Int(saturating: (min(bbox.y, bbox.maxY) * scale.y).rounded(.down))
        let x1 = max(x0, Int(saturating: (max(bbox.x, bbox.maxX) * scale.x).rounded(.up)) - 1)
        let y1 = max(y0, Int(saturating: (max(bbox.y, bbox.maxY) * scale.y).rounded(.up)) - 1)
        let marker = x1 - x0 + 1 < minimumOutline || y1 - y0 + 1 < minimumOutline
        guard marker else { return OverlayBox(minX: x0, minY: y0, maxX: x1, maxY: y1, color: color, selected: selected, isMarker: false) }
        return OverlayBox(minX: x0 - 1, minY: y0 - 1, maxX: x1 + 1, maxY: y1 + 1, color: color, selected: selected, isMarker: true)
    }

    /// Paints outlines (or markers) into the thumbnail's pixels; parts outside are clipped.
    static func paint(_ boxes: [OverlayBox], on image: inout PixelImage) {
        for box in boxes {
            let (r, g, b) = box.color
            for y in box.minY...box.maxY {
                for x in box.minX...box.maxX {
                    let onEdge = x == box.minX || x == box.maxX || y == box.minY || y == box.maxY
                    guard onEdge, !box.corners || isCorner(x, y, of: box), !box.dashed || (x + y) % 2 == 0, x >= 0, y >= 0, x < image.width, y < image.height else { continue }
                    image.setPixel(x: x, y: y, r: r, g: g, b: b)
                }
            }
        }
    }

    /// Within a leg (a quarter of the side, 1 to 4 pixels) of a corner.
    private static func isCorner(_ x: Int, _ y: Int, of box: OverlayBox) -> Bool {
        let legX = min(4, max(1, (box.maxX - box.minX) / 4)), legY = min(4, max(1, (box.maxY - box.minY) / 4))
        let nearX = x - box.minX < legX || box.maxX - x < legX
        let nearY = y - box.minY < legY || box.maxY - y < legY
        return (x == box.minX || x == box.maxX) ? nearY : nearX
    }

    /// Without color: a prediction's four corners as corner characters.
    static func cornerMarks(_ boxes: [OverlayBox], into grid: inout Grid, origin: (x: Int, y: Int), unicode: Bool, theme: Theme) {
        for box in boxes {
            let style = box.selected ? theme[.boxSelected] : theme[.boxPrediction]
            let (left, right, top, bottom) = (origin.x + box.minX, origin.x + box.maxX, origin.y + box.minY / 2, origin.y + box.maxY / 2)
            let marks = unicode ? ["┌", "┐", "└", "┘"] : ["+", "+", "+", "+"]
            for (mark, x, y) in [(marks[0], left, top), (marks[1], right, top), (marks[2], left, bottom), (marks[3], right, bottom)]
            where x >= 0 && y >= 0 && x < grid.width && y < grid.height {
                grid.write(mark, x: x, y: y, style: style, maxWidth: 1)
            }
        }
    }

    /// Without color: box outlines as line characters over the shaded image, the selected one reversed.
    static func outline(_ boxes: [OverlayBox], into grid: inout Grid, origin: (x: Int, y: Int), unicode: Bool, theme: Theme) {
        for box in boxes {
            let rect = Rect(x: origin.x + box.minX, y: origin.y + box.minY / 2,
                width: box.maxX - box.minX + 1, height: box.maxY / 2 - box.minY / 2 + 1)
            var style = box.selected ? theme[.boxSelected] : theme[.text]
            if box.dashed { style.attributes.insert(.dim) }
            if rect.width < 3 || rect.height < 2 || box.isMarker {
                // Too small for a border: the cells keep their shading, underlined, so the content shows.
                for x in rect.x..<rect.maxX where x >= 0 && x < grid.width && rect.y >= 0 && rect.y < grid.height {
                    var cell = grid[x, rect.y]
                    cell.style = Style(foreground: style.foreground, background: style.background, attributes: style.attributes.union(.underline))
                    grid[x, rect.y] = cell
                }
            } else {
                grid.drawBorder(rect, style: style, ascii: !unicode)
            }
        }
    }

    static func rgb(_ color: Color) -> (UInt8, UInt8, UInt8) {
        switch color {
        case .rgb(let r, let g, let b): return (r, g, b)
        case .indexed(let i): return ColorQuantizer.rgb(ofIndexed: i)
        case .terminalDefault: return (255, 255, 255)
        }
    }
}
