/// How a stacked chart divides its rect, top to bottom: a row for marker letters, the
/// panels (by weight), and two rows of x axis. When rows run short the marker row goes
/// first, then axis rows; panels keep what is left.
struct StackedChartLayout: Equatable, Sendable {
    var markerRow: Int?
    var panels: [Rect]
    var axis: Rect

    /// Rows a panel needs to show a header and one row of dots.
    static let minimumPanelHeight = 2

    init(rect: Rect, weights: [Int]) {
        let panelRows = weights.count * Self.minimumPanelHeight
        let hasMarkerRow = rect.height >= panelRows + 3
        let axisHeight = min(2, max(0, rect.height - panelRows - (hasMarkerRow ? 1 : 0)))
        let top = hasMarkerRow ? rect.y + 1 : rect.y
        markerRow = hasMarkerRow ? rect.y : nil
        axis = Rect(x: rect.x, y: rect.maxY - axisHeight, width: rect.width, height: axisHeight)
        let heights = Self.share(rect.height - axisHeight - (top - rect.y), by: weights)
        var y = top
        panels = heights.map { height in
            defer { y += height }
            return Rect(x: rect.x, y: y, width: rect.width, height: height)
        }
    }

    /// `rows` split in proportion to the weights (each at least 1); the rows rounding leaves
    /// over go one each to the first panels.
    static func share(_ rows: Int, by weights: [Int]) -> [Int] {
        let weights = weights.map { max(1, $0) }
        let total = weights.reduce(0, +)
        guard rows > 0, total > 0 else { return weights.map { _ in 0 } }
        var heights = weights.map { rows * $0 / total }
        var left = rows - heights.reduce(0, +)
        for index in heights.indices where left > 0 {
            heights[index] += 1
            left -= 1
        }
        return heights
    }
}
