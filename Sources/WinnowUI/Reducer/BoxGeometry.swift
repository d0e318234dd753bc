import WinnowCore

/// The box a move or edge key leaves: moved or resized by the step, kept inside the image, and
/// never smaller than 1x1 px. nil when the key changes nothing (already at the edge).
enum BoxGeometry {
    static func apply(_ command: Command, to box: BoundingBox, step s: Double, width: Int, height: Int) -> BoundingBox? {
        let (W, H) = (Double(max(1, width)), Double(max(1, height)))
        var (x0, y0, x1, y1) = (box.x, box.y, box.x + box.width, box.y + box.height)
        switch command {
        case .boxLeft, .boxRight:
            let dx = clampShift(command == .boxLeft ? -s : s, low: x0, high: x1, limit: W)
            (x0, x1) = (x0 + dx, x1 + dx)
        case .boxUp, .boxDown:
            let dy = clampShift(command == .boxUp ? -s : s, low: y0, high: y1, limit: H)
            (y0, y1) = (y0 + dy, y1 + dy)
        case .boxGrowRight: x1 = min(W, x1 + s)
        case .boxShrinkRight: x1 = max(x0 + 1, x1 - s)
        case .boxGrowDown: y1 = min(H, y1 + s)
        case .boxShrinkDown: y1 = max(y0 + 1, y1 - s)
        case .boxGrowLeft: x0 = max(0, x0 - s)
        case .boxShrinkLeft: x0 = min(x1 - 1, x0 + s)
        case .boxGrowUp: y0 = max(0, y0 - s)
        case .boxShrinkUp: y0 = min(y1 - 1, y0 + s)
        default: return nil
        }
        let result = BoundingBox(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
        return result == box ? nil : result
    }

    /// A move that stops at the image edge (a box already outside is moved back in, not further out).
    private static func clampShift(_ d: Double, low: Double, high: Double, limit: Double) -> Double {
        d < 0 ? max(d, min(0, -low)) : min(d, max(0, limit - high))
    }
}
