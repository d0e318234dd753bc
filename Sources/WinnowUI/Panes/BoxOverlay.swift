import WinnowCanvas
import WinnowCore

/// Draws an item's boxes over its thumbnail: outlines in per-category colors, the selected box
/// last (on top) in its own color, and boxes smaller than the thumbnail can show as solid
/// markers of at least 2x2 pixels, so a 20 px button in a 1920 px screenshot is never invisible.
enum BoxOverlay {
    static let minimumOutline = 3

    static func boxes(of item: ReviewItem, state: AppState, theme: Theme, scale: (x: Double, y: Double),
                      offset: (x: Double, y: Double) = (0, 0)) -> [OverlayBox] {
        var result: [OverlayBox] = []
        var selected: OverlayBox?
        for (index, label) in item.labels.enumerated() {
            guard let bbox = label.bbox, bbox.isFinite else { continue }
            let isSelected = index == state.selectedLabel
            if state.boxEditor?.onlySelected == true, !isSelected { continue }
            let role = isSelected ? ThemeRole.boxSelected : ThemeRole.boxPalette[state.colorSlot(ofCategory: label.category) % 8]
            let shifted = BoundingBox(x: bbox.x - offset.x, y: bbox.y - offset.y, width: bbox.width, height: bbox.height)
            let box = place(shifted, scale: scale, color: rgb(theme[role].foreground), selected: isSelected)
            if isSelected { selected = box } else { result.append(box) }
        }
        if let selected { result.append(selected) }
        return result
    }

    /// Thumbnail pixels covered by the box, at least one pixel each way even for empty boxes.
    static func place(_ bbox: BoundingBox, scale: (x: Double, y: Double), color: (UInt8, UInt8, UInt8), selected: Bool) -> OverlayBox {
        let x0 = Int((min(bbox.x, bbox.maxX) * scale.x).rounded(.down))
        let y0 = Int((min(bbox.y, bbox.maxY) * scale.y).rounded(.down))
        let x1 = max(x0, Int((max(bbox.x, bbox.maxX) * scale.x).rounded(.up)) - 1)
        let y1 = max(y0, Int((max(bbox.y, bbox.maxY) * scale.y).rounded(.up)) - 1)
        let marker = x1 - x0 + 1 < minimumOutline || y1 - y0 + 1 < minimumOutline
        return OverlayBox(minX: x0, minY: y0, maxX: marker ? max(x1, x0 + 1) : x1, maxY: marker ? max(y1, y0 + 1) : y1,
            color: color, selected: selected, isMarker: marker)
    }

    /// Paints outlines (or markers) into the thumbnail's pixels; parts outside are clipped.
    static func paint(_ boxes: [OverlayBox], on image: inout PixelImage) {
        for box in boxes {
            let (r, g, b) = box.color
            for y in box.minY...box.maxY {
                for x in box.minX...box.maxX {
                    let onEdge = x == box.minX || x == box.maxX || y == box.minY || y == box.maxY
                    guard box.isMarker || onEdge, x >= 0, y >= 0, x < image.width, y < image.height else { continue }
                    image.setPixel(x: x, y: y, r: r, g: g, b: b)
                }
            }
        }
    }

    /// Without color: box outlines as line characters over the shaded image, the selected one reversed.
    static func outline(_ boxes: [OverlayBox], into grid: inout Grid, origin: (x: Int, y: Int), unicode: Bool, theme: Theme) {
        for box in boxes {
            let rect = Rect(x: origin.x + box.minX, y: origin.y + box.minY / 2,
                width: box.maxX - box.minX + 1, height: box.maxY / 2 - box.minY / 2 + 1)
            let style = box.selected ? theme[.boxSelected] : theme[.text]
            if rect.width < 2 || rect.height < 2 {
                grid[rect.x, rect.y] = Cell(unicode ? "■" : "#", style: style)
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
