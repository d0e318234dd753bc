/// Drawing a decimated series: one vertical span per column, joined to the previous one.
extension BrailleCanvas {
    /// Draws `span`'s own rows and the join from `previous` (the last column with data, maybe
    /// several columns back or outside the plot) in the series' shape.
    mutating func trace(_ span: TraceSpan, after previous: TraceSpan?, shape: ChartShape) {
        if span.column >= 0 && span.column < dotWidth {
            line(from: (span.column, span.top), to: (span.column, span.bottom), color: nil)
        }
        guard let previous else { return }
        switch shape {
        case .line: joinLine(from: previous, to: span)
        case .steps: joinSteps(from: previous, to: span)
        }
    }

    /// Straight from the previous span's end nearest this one to this one's end nearest it:
    /// the least ink that keeps the line continuous; across empty columns it interpolates.
    private mutating func joinLine(from previous: TraceSpan, to span: TraceSpan) {
        let start = previous.nearestRow(to: span.nearestRow(to: previous.top))
        let end = span.nearestRow(to: start)
        guard span.column - previous.column > 1 || abs(end - start) > 1 else { return }
        line(from: (previous.column, start), to: (span.column, end), color: nil)
    }

    /// Holds the previous level across to this column, then jumps vertically in it.
    private mutating func joinSteps(from previous: TraceSpan, to span: TraceSpan) {
        let level = previous.nearestRow(to: span.nearestRow(to: previous.top))
        line(from: (previous.column, level), to: (span.column, level), color: nil)
        line(from: (span.column, level), to: (span.column, span.nearestRow(to: level)), color: nil)
    }
}
