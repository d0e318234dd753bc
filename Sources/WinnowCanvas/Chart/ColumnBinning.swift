/// Which dot column an x value falls in. Column c covers [xMin + c·w, xMin + (c+1)·w), and the
/// last one also takes x == xMax. Decimation and `ChartGeometry` share this, so a sample is
/// drawn in exactly the column the UI maps it to.
struct ColumnBinning: Sendable {
    let lowerX: Double
    /// Columns per unit of x.
    let scale: Double
    let count: Int

    /// Nil for a viewport that cannot be split into columns (empty, inverted, not finite).
    init?(viewport: ClosedRange<Double>, count: Int) {
        let width = viewport.upperBound - viewport.lowerBound
        let scale = Double(count) / width
        guard count > 0, viewport.lowerBound.isFinite, width > 0, width.isFinite, scale > 0, scale.isFinite else { return nil }
        self.lowerX = viewport.lowerBound
        self.scale = scale
        self.count = count
    }

    /// The bin of samples left of the viewport.
    static let left = -1
    /// The bin of samples with no place at all (NaN x).
    static let unplaceable = -2
    /// The bin of samples right of the viewport.
    var right: Int { count }

    /// x in column units from the viewport's left edge.
    @inline(__always)
    func position(of x: Double) -> Double { (x - lowerX) * scale }

    /// The column at a position, or `left`, `right`, `unplaceable`.
    func bin(atPosition t: Double) -> Int {
        if t.isNaN { return Self.unplaceable }
        if t < 0 { return Self.left }
        if t > Double(count) { return right }
        return min(Int(t), count - 1)
    }

    /// The half-open positions [lower, upper) a bin covers, so runs of samples in one bin are
    /// recognised with two comparisons. NaN bounds match nothing.
    func bounds(ofBin bin: Int) -> (lower: Double, upper: Double) {
        let end = Double(count)
        switch bin {
        case Self.unplaceable: return (.nan, .nan)
        case Self.left: return (-.infinity, 0)
        case right: return (end.nextUp, .infinity)
        case count - 1: return (Double(bin), end.nextUp)
        default: return (Double(bin), Double(bin + 1))
        }
    }
}
