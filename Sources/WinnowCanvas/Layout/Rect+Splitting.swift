/// Carving panes out of a rect. Each split takes the named piece first and returns what is
/// left; a request larger than the rect takes all of it, a negative one takes nothing.
extension Rect {
    public func splitLeft(_ width: Int) -> (left: Rect, rest: Rect) {
        let taken = clamp(width, to: self.width)
        return (Rect(x: x, y: y, width: taken, height: height),
                Rect(x: x + taken, y: y, width: self.width - taken, height: height))
    }

    public func splitRight(_ width: Int) -> (right: Rect, rest: Rect) {
        let taken = clamp(width, to: self.width)
        return (Rect(x: maxX - taken, y: y, width: taken, height: height),
                Rect(x: x, y: y, width: self.width - taken, height: height))
    }

    public func splitTop(_ height: Int) -> (top: Rect, rest: Rect) {
        let taken = clamp(height, to: self.height)
        return (Rect(x: x, y: y, width: width, height: taken),
                Rect(x: x, y: y + taken, width: width, height: self.height - taken))
    }

    public func splitBottom(_ height: Int) -> (bottom: Rect, rest: Rect) {
        let taken = clamp(height, to: self.height)
        return (Rect(x: x, y: maxY - taken, width: width, height: taken),
                Rect(x: x, y: y, width: width, height: self.height - taken))
    }

    private func clamp(_ amount: Int, to limit: Int) -> Int { min(max(0, amount), limit) }
}
