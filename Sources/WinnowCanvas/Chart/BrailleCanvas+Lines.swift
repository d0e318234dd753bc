/// Straight lines between samples.
extension BrailleCanvas {
    /// Sets every dot on the line between two dot positions (both ends included). The part
    /// outside the canvas is cut off first, so far-away ends cost nothing.
    public mutating func line(from start: (Int, Int), to end: (Int, Int), color: Color?) {
        guard let (a, b) = clipped(start, end) else { return }
        var x = a.0, y = a.1
        let dx = abs(b.0 - x), dy = -abs(b.1 - y)
        let stepX = x < b.0 ? 1 : -1, stepY = y < b.1 ? 1 : -1
        var error = dx + dy
        while true {
            set(x: x, y: y, color: color)
            if x == b.0 && y == b.1 { return }
            let doubled = 2 * error
            if doubled >= dy { error += dy; x += stepX }
            if doubled <= dx { error += dx; y += stepY }
        }
    }

    /// The segment cut to the canvas (Liang–Barsky), or nil if it misses it entirely.
    private func clipped(_ start: (Int, Int), _ end: (Int, Int)) -> ((Int, Int), (Int, Int))? {
        let maxX = dotWidth - 1, maxY = dotHeight - 1
        guard maxX >= 0 && maxY >= 0 else { return nil }
        let inside = { (p: (Int, Int)) in p.0 >= 0 && p.0 <= maxX && p.1 >= 0 && p.1 <= maxY }
        if inside(start) && inside(end) { return (start, end) }
        let x0 = Double(start.0), y0 = Double(start.1)
        let dx = Double(end.0) - x0, dy = Double(end.1) - y0
        var enter = 0.0, exit = 1.0
        let edges = [(-dx, x0), (dx, Double(maxX) - x0), (-dy, y0), (dy, Double(maxY) - y0)]
        for (p, q) in edges {
            if p == 0 { if q < 0 { return nil }; continue }
            let t = q / p
            if p < 0 { enter = max(enter, t) } else { exit = min(exit, t) }
        }
        guard enter <= exit else { return nil }
        let point = { (t: Double) in (roundedToInt(x0 + t * dx), roundedToInt(y0 + t * dy)) }
        return (point(enter), point(exit))
    }

    /// Half away from zero, by hand: `Double.rounded()` calls libm's `round`, which a
    /// stdlib-only module cannot count on being linked.
    private func roundedToInt(_ v: Double) -> Int { Int(v < 0 ? v - 0.5 : v + 0.5) }
}
