/// Splitting samples into runs that share a bin.
extension ColumnBinning {
    /// Appends the maximal runs of samples in `range` that fall in one bin. Per sample this
    /// costs a subtraction, a multiplication and two comparisons; the bin is worked out only
    /// when a sample leaves the current one.
    func appendRuns<Positions: SamplePositions>(of positions: Positions, in range: Range<Int>, to runs: inout [SampleRun]) {
        guard !range.isEmpty else { return }
        var start = range.lowerBound
        var bin = self.bin(atPosition: position(of: positions[start]))
        var current = bounds(ofBin: bin)
        var index = start + 1
        while index < range.upperBound {
            let t = position(of: positions[index])
            if !(t >= current.lower && t < current.upper) {
                let newBin = self.bin(atPosition: t)
                if newBin != bin {
                    runs.append(SampleRun(start: start, end: index, bin: bin))
                    start = index
                    bin = newBin
                    current = bounds(ofBin: newBin)
                }
            }
            index += 1
        }
        runs.append(SampleRun(start: start, end: range.upperBound, bin: bin))
    }

    /// The runs of `indices` when x = index: bins only grow with the index, so each column's
    /// index range is found from an estimate corrected against `bin` (the same rule the
    /// general path applies), without visiting the samples.
    func indexRuns(in indices: Range<Int>) -> [SampleRun] {
        var runs: [SampleRun] = []
        var start = indices.lowerBound
        for column in 0..<count where start < indices.upperBound {
            let end = firstIndex(pastColumn: column, from: start, before: indices.upperBound)
            if end > start { runs.append(SampleRun(start: start, end: end, bin: column)) }
            start = end
        }
        return runs
    }

    /// The first index in start..<limit whose bin is past `column` (limit if none).
    private func firstIndex(pastColumn column: Int, from start: Int, before limit: Int) -> Int {
        let estimate = lowerX + Double(column + 1) / scale
        var end = estimate <= Double(start) ? start : estimate >= Double(limit) ? limit : Int(estimate)
        let binAt = { (index: Int) in self.bin(atPosition: self.position(of: Double(index))) }
        while end > start && binAt(end - 1) > column { end -= 1 }
        while end < limit && binAt(end) <= column { end += 1 }
        return end
    }

    /// The indices 0..<length whose x = index falls in a column, by the same rule as the
    /// general path (an estimate from the viewport, corrected by `bin`), so both agree on
    /// samples that rounding puts just inside or outside an edge.
    func visibleIndices(length: Int) -> Range<Int> {
        let binAt = { (index: Int) in self.bin(atPosition: self.position(of: Double(index))) }
        let upperX = lowerX + Double(count) / scale
        var first = Self.index(near: lowerX, length: length), end = Self.index(near: upperX, length: length)
        while first > 0 && binAt(first - 1) != Self.left { first -= 1 }
        while first < length && binAt(first) == Self.left { first += 1 }
        end = max(end, first)
        while end < length && binAt(end) != right { end += 1 }
        while end > first && binAt(end - 1) == right { end -= 1 }
        return first..<end
    }

    /// The index nearest x, clamped to 0...length.
    private static func index(near x: Double, length: Int) -> Int {
        Int(ChartMath.floor(min(max(x, 0), Double(length))))
    }
}
