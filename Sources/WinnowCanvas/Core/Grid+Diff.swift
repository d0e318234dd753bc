/// What changed since the last frame, so the terminal layer sends only that.
extension Grid {
    /// Runs of changed cells, row by row, left to right. Without a previous grid of the same
    /// size every row is one full run. A changed wide character always comes with its
    /// continuation cell (and a changed continuation with its head) so it is redrawn whole.
    public func diff(from previous: Grid?) -> [GridRun] {
        guard let previous, previous.width == width, previous.height == height else {
            return width == 0 ? [] : (0..<height).map { y in GridRun(y: y, x: 0, cells: Array(cells[(y * width)..<((y + 1) * width)])) }
        }
        var runs: [GridRun] = []
        cells.withUnsafeBufferPointer { now in
            previous.cells.withUnsafeBufferPointer { before in
                for y in 0..<height { appendChangedRuns(row: y, now: now, before: before, to: &runs) }
            }
        }
        return runs
    }

    private func appendChangedRuns(row y: Int, now: UnsafeBufferPointer<Cell>, before: UnsafeBufferPointer<Cell>,
                                   to runs: inout [GridRun]) {
        let rowStart = y * width
        var run: Range<Int>? = nil // columns
        for x in 0..<width where now[rowStart + x] != before[rowStart + x] {
            let cell = now[rowStart + x]
            let start = cell.width == 0 && x > 0 ? x - 1 : x
            let end = cell.width == 2 && x + 1 < width ? x + 2 : x + 1
            if let current = run, start <= current.upperBound {
                run = current.lowerBound..<max(current.upperBound, end)
            } else {
                if let current = run { runs.append(makeRun(y: y, columns: current, from: now)) }
                run = start..<end
            }
        }
        if let current = run { runs.append(makeRun(y: y, columns: current, from: now)) }
    }

    private func makeRun(y: Int, columns: Range<Int>, from now: UnsafeBufferPointer<Cell>) -> GridRun {
        let rowStart = y * width
        return GridRun(y: y, x: columns.lowerBound, cells: Array(now[(rowStart + columns.lowerBound)..<(rowStart + columns.upperBound)]))
    }
}
