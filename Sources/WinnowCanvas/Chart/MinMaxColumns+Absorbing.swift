/// Folding runs of samples into the columns and the edge neighbours.
extension MinMaxColumns {
    /// Merges each run's finite y values into its column; runs left or right of the viewport
    /// offer their end samples as edge neighbours. The column storage is taken once per call,
    /// not per run, so even x in random order (a run per sample) stays cheap.
    mutating func absorb<Positions: SamplePositions>(_ runs: [SampleRun], of ys: [Double], at positions: Positions, binning: ColumnBinning) {
        var nearest = (before: before, after: after)
        ys.withUnsafeBufferPointer { values in
            lows.withUnsafeMutableBufferPointer { lows in
                highs.withUnsafeMutableBufferPointer { highs in
                    for run in runs {
                        let end = min(run.end, values.count)
                        guard run.start < end else { continue }
                        if run.bin >= 0 && run.bin < lows.count {
                            Self.absorb(values, range: run.start..<end, low: &lows[run.bin], high: &highs[run.bin])
                        } else if run.bin == ColumnBinning.left {
                            Self.offer(values, range: run.start..<end, positions: positions, isNearer: { $0.x > $1.x }, to: &nearest.before)
                        } else if run.bin == binning.right {
                            Self.offer(values, range: run.start..<end, positions: positions, isNearer: { $0.x < $1.x }, to: &nearest.after)
                        }
                    }
                }
            }
        }
        (before, after) = nearest
    }

    /// Comparisons with NaN are false, so `y < low ? y : low` passes NaN over with no test
    /// (one `minsd`); four interleaved chains instead of one dependent one. An infinity does
    /// get through, so a range that ends with one is rescanned skipping non-finite values.
    private static func absorb(_ values: UnsafeBufferPointer<Double>, range: Range<Int>, low: inout Double, high: inout Double) {
        var lows = (low, low, low, low), highs = (high, high, high, high)
        var index = range.lowerBound
        while index + 4 <= range.upperBound {
            let a = values[index], b = values[index + 1], c = values[index + 2], d = values[index + 3]
            lows = (a < lows.0 ? a : lows.0, b < lows.1 ? b : lows.1, c < lows.2 ? c : lows.2, d < lows.3 ? d : lows.3)
            highs = (a > highs.0 ? a : highs.0, b > highs.1 ? b : highs.1, c > highs.2 ? c : highs.2, d > highs.3 ? d : highs.3)
            index += 4
        }
        var lowest = min(min(lows.0, lows.1), min(lows.2, lows.3)), highest = max(max(highs.0, highs.1), max(highs.2, highs.3))
        while index < range.upperBound {
            let y = values[index]
            lowest = y < lowest ? y : lowest
            highest = y > highest ? y : highest
            index += 1
        }
        if lowest == -.infinity || highest == .infinity {
            (lowest, highest) = (low, high)
            for index in range where values[index].isFinite {
                lowest = min(lowest, values[index])
                highest = max(highest, values[index])
            }
        }
        (low, high) = (lowest, highest)
    }

    /// A run outside the viewport meets the visible samples (in sequence) only at its ends,
    /// so its first and last finite samples are the candidates; the one nearer the viewport
    /// (`isNearer`) wins.
    private static func offer<Positions: SamplePositions>(_ values: UnsafeBufferPointer<Double>, range: Range<Int>, positions: Positions,
                                                          isNearer: (ChartSample, ChartSample) -> Bool, to nearest: inout ChartSample?) {
        guard let first = range.first(where: { values[$0].isFinite }) else { return }
        let last = range.reversed().first { values[$0].isFinite } ?? first
        func consider(_ index: Int) {
            let sample = ChartSample(x: positions[index], y: values[index])
            if nearest.map({ isNearer(sample, $0) }) ?? true { nearest = sample }
        }
        consider(first)
        if last != first { consider(last) }
    }

    /// With x = index the neighbours are simply the nearest finite samples outside the
    /// visible index range: found by walking out from it, not by scanning everything.
    mutating func findIndexNeighbours(of ys: [Double], outside visible: Range<Int>) {
        let lastLeft = visible.lowerBound - 1, firstRight = visible.upperBound
        var index = min(lastLeft, ys.count - 1)
        while index >= 0 && !ys[index].isFinite { index -= 1 }
        before = index >= 0 ? ChartSample(x: Double(index), y: ys[index]) : nil
        index = max(firstRight, 0)
        while index < ys.count && !ys[index].isFinite { index += 1 }
        after = index < ys.count ? ChartSample(x: Double(index), y: ys[index]) : nil
    }
}
