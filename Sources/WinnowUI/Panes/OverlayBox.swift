import WinnowCanvas

/// A label's box in thumbnail pixels, ready to draw: inclusive corners, color, selection.
struct OverlayBox: Equatable {
    var minX: Int
    var minY: Int
    var maxX: Int
    var maxY: Int
    var color: (UInt8, UInt8, UInt8)
    var selected: Bool
    /// Too small to show as an outline at this scale: drawn as a ring one pixel outside it instead,
    /// so what it labels stays visible.
    var isMarker: Bool
    /// Every other pixel of the outline only: a rejected box, or a category past the palette.
    var dashed = false
    /// Only its corners: a model's prediction, told apart from the labels' full outlines.
    var corners = false

    static func == (a: OverlayBox, b: OverlayBox) -> Bool {
        a.minX == b.minX && a.minY == b.minY && a.maxX == b.maxX && a.maxY == b.maxY
            && a.color == b.color && a.selected == b.selected && a.isMarker == b.isMarker && a.dashed == b.dashed && a.corners == b.corners
    }
}
