/// What a trace occupies in one dot column: the rows from its highest value (top) to its
/// lowest (bottom). Columns of neighbours outside the plot lie outside 0..<dotWidth.
struct TraceSpan: Equatable, Sendable {
    var column: Int
    var top: Int
    var bottom: Int

    /// The row of this span nearest to `row`.
    func nearestRow(to row: Int) -> Int { min(max(row, top), bottom) }
}
