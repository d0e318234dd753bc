/// Building the columns: one pass over x, shared by every series on that axis.
extension MinMaxColumns {
    /// Samples per chunk: the chunk's runs and y values stay in cache while every series
    /// takes its turn, so x is read from memory once however many series share it.
    static let chunkSize = 4096

    /// Decimates series that share an x axis into `columns` dot columns of `viewport`.
    /// `xs` gives each sample's x (any order: reversals are fine, nothing is sorted); nil means
    /// x = sample index: each column is then an index range, so only the visible samples' y
    /// values are read. Samples with NaN x and non-finite y are skipped; a series longer than
    /// `xs` is cut to it. One pass, no allocation per sample. An empty or non-finite viewport
    /// gives all-empty columns.
    public static func decimate(xs: [Double]?, series: [[Double]], viewport: ClosedRange<Double>, columns: Int) -> [MinMaxColumns] {
        var results = series.map { _ in MinMaxColumns(emptyColumns: columns, viewport: viewport) }
        guard let binning = ColumnBinning(viewport: viewport, count: columns) else { return results }
        if let xs {
            xs.withUnsafeBufferPointer { positions in
                scan(positions, range: 0..<positions.count, binning: binning, series: series, into: &results)
            }
        } else {
            let visible = binning.visibleIndices(length: series.map(\.count).max() ?? 0)
            let runs = binning.indexRuns(in: visible)
            for k in series.indices {
                results[k].absorb(runs, of: series[k], at: IndexPositions(), binning: binning)
                results[k].findIndexNeighbours(of: series[k], outside: visible)
            }
        }
        return results
    }

    /// Runs chunk by chunk; each series absorbs the chunk's runs before the next chunk.
    private static func scan(_ positions: UnsafeBufferPointer<Double>, range: Range<Int>, binning: ColumnBinning,
                             series: [[Double]], into results: inout [MinMaxColumns]) {
        var runs: [SampleRun] = []
        runs.reserveCapacity(chunkSize)
        var chunkStart = range.lowerBound
        while chunkStart < range.upperBound {
            let chunkEnd = min(range.upperBound, chunkStart + chunkSize)
            runs.removeAll(keepingCapacity: true)
            binning.appendRuns(of: positions, in: chunkStart..<chunkEnd, to: &runs)
            for k in series.indices { results[k].absorb(runs, of: series[k], at: positions, binning: binning) }
            chunkStart = chunkEnd
        }
    }
}
