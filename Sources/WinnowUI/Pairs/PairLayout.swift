import WinnowCanvas
import WinnowCore

/// Where the pair pane puts things: the two images side by side (each under a caption) or,
/// when that shows them smaller, one above the other; the instruction beneath.
struct PairLayout {
    let first: Rect
    let second: Rect
    let instruction: Rect
    let sideBySide: Bool
    /// The thumbnail size both images are drawn at (the same scale).
    let pixels: (width: Int, height: Int)

    /// The most of a long instruction a frame wraps.
    static let wrappedLimit = 4_000

    init?(content: Rect, item: ReviewItem, shown region: ImageRegion) {
        guard let pair = item.pair, content.width >= 4, content.height >= 6 else { return nil }
        // At most a quarter of the pane: wrapping that many lines' worth of characters is enough to
        // know how many it takes (this runs for every thumbnail the planner looks at, every key).
        let most = max(2, content.height / 4)
        let wanted = 1 + Self.instructionLines(pair, width: content.width, style: Style(), limit: most * content.width).count
        let rows = min(wanted, most)
        instruction = Rect(x: content.x, y: content.maxY - rows, width: content.width, height: rows)
        let images = Rect(x: content.x, y: content.y, width: content.width, height: content.height - rows - 1)
        let half = (images.width - 1) / 2
        let across = Self.fit(region, columns: half, rows: images.height - 1)
        let stacked = Self.fit(region, columns: images.width, rows: (images.height - 2) / 2)
        sideBySide = across.width * across.height >= stacked.width * stacked.height
        if sideBySide {
            first = Rect(x: images.x, y: images.y, width: half, height: images.height)
            second = Rect(x: images.x + half + 1, y: images.y, width: half, height: images.height)
            pixels = across
        } else {
            let each = images.height / 2
            first = Rect(x: images.x, y: images.y, width: images.width, height: each)
            second = Rect(x: images.x, y: images.y + each, width: images.width, height: images.height - each)
            pixels = stacked
        }
    }

    /// The instruction wrapped to the pane (at most `wrappedLimit` characters of it), control characters made visible.
    static func instructionLines(_ pair: PairContent, width: Int, style: Style, limit: Int = wrappedLimit) -> [StyledWrap.Line] {
        StyledWrap.lines([(String(pair.instruction.prefix(min(limit, wrappedLimit))), style)], width: width)
    }

    private static func fit(_ region: ImageRegion, columns: Int, rows: Int) -> (width: Int, height: Int) {
        guard columns > 0, rows > 0 else { return (0, 0) }
        return ThumbnailFit.pixelSize(imageWidth: region.width, imageHeight: region.height, columns: columns, rows: rows)
    }
}
