/// Zooming and panning the visible sample range, always within the run.
enum SignalZoom {
    /// The narrowest view: fewer samples than this say nothing.
    static let minimumSpan = 16

    static func zoom(_ view: inout SignalView, factor: Double, sampleCount: Int) {
        let span = min(sampleCount, max(minimumSpan, Int(Double(view.visibleCount) * factor)))
        let first = view.cursor - Int(Double(view.cursor - view.first) * Double(span) / Double(view.visibleCount))
        place(&view, first: first, span: span, sampleCount: sampleCount)
    }

    static func reset(_ view: inout SignalView, sampleCount: Int) {
        place(&view, first: 0, span: sampleCount, sampleCount: sampleCount)
    }

    static func pan(_ view: inout SignalView, by samples: Int, sampleCount: Int) {
        place(&view, first: view.first + samples, span: view.visibleCount, sampleCount: sampleCount)
    }

    private static func place(_ view: inout SignalView, first: Int, span: Int, sampleCount: Int) {
        let span = max(1, min(span, sampleCount))
        view.first = min(max(0, first), sampleCount - span)
        view.last = view.first + span - 1
        view.cursor = min(max(view.cursor, view.first), view.last)
    }
}
