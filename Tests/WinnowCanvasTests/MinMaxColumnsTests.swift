import XCTest
@testable import WinnowCanvas

final class MinMaxColumnsTests: XCTestCase {
    /// Deterministic pseudo-random numbers in [0, 1).
    struct Noise {
        var state: UInt64
        mutating func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(UInt64(1) << 53)
        }
    }

    /// The obvious reference: every sample placed by `ChartGeometry.column(of:)`.
    func reference(xs: [Double], ys: [Double], viewport: ClosedRange<Double>, columns: Int) -> [ClosedRange<Double>?] {
        let geometry = ChartGeometry(plotX: 0, plotWidth: columns / 2, panels: [], viewport: viewport)
        var result = [ClosedRange<Double>?](repeating: nil, count: columns)
        for (x, y) in zip(xs, ys) where !x.isNaN && y.isFinite {
            let column = geometry.column(of: x)
            guard column >= 0 && column < columns else { continue }
            result[column] = result[column].map { min($0.lowerBound, y)...max($0.upperBound, y) } ?? y...y
        }
        return result
    }

    func ranges(_ columns: MinMaxColumns) -> [ClosedRange<Double>?] { (0..<columns.count).map { columns[$0] } }

    func testOneSampleSpikeIsItsColumnsMax() {
        var ys = [Double](repeating: 1, count: 100_000)
        ys[54_321] = 100
        let columns = MinMaxColumns(xs: nil, ys: ys, viewport: 0...99_999, columns: 10)
        XCTAssertEqual(columns[5], 1...100)
        XCTAssertEqual((0..<10).filter { columns[$0] == 1...1 }.count, 9)
        XCTAssertEqual(columns.visibleRange, 1...100)
    }

    func testNonFiniteValuesAreSkippedAndEmptyColumnsAreNil() {
        let xs: [Double] = [0, 1, 2, 3, 4, .nan, 9, 10]
        let ys: [Double] = [1, .nan, 3, .infinity, .nan, 50, -.infinity, 2]
        let columns = MinMaxColumns(xs: xs, ys: ys, viewport: 0...10, columns: 5)
        XCTAssertEqual(ranges(columns), [1...1, 3...3, nil, nil, 2...2])
    }

    func testAllNaNSeriesHasNoData() {
        let columns = MinMaxColumns(xs: nil, ys: [.nan, .nan, .nan], viewport: 0...2, columns: 4)
        XCTAssertEqual(ranges(columns), [nil, nil, nil, nil])
        XCTAssertNil(columns.visibleRange)
        XCTAssertNil(columns.before)
        XCTAssertNil(columns.after)
    }

    func testRightEdgeBelongsToTheLastColumn() {
        let columns = MinMaxColumns(xs: [0, 10, 10.000001], ys: [1, 2, 3], viewport: 0...10, columns: 5)
        XCTAssertEqual(ranges(columns), [1...1, nil, nil, nil, 2...2])
        XCTAssertEqual(columns.after, ChartSample(x: 10.000001, y: 3))
    }

    func testReversedAndJitteredXMatchTheReference() {
        var noise = Noise(state: 7)
        let n = 20_000
        // Depth that mostly grows but steps back a little now and then, and a reversed copy.
        var depth = [Double](repeating: 0, count: n)
        for i in 1..<n { depth[i] = depth[i - 1] + 0.01 * (noise.next() - 0.2) }
        let ys = (0..<n).map { _ in noise.next() < 0.01 ? Double.nan : noise.next() * 10 }
        for xs in [depth, Array(depth.reversed())] {
            for viewport in [0.0...25, 3.3...7.1, -5...1, 40...50] {
                let columns = MinMaxColumns(xs: xs, ys: ys, viewport: viewport, columns: 38)
                XCTAssertEqual(ranges(columns), reference(xs: xs, ys: ys, viewport: viewport, columns: 38), "\(viewport)")
            }
        }
    }

    func testIndexFastPathMatchesTheGeneralPath() {
        var noise = Noise(state: 11)
        let ys = (0..<10_000).map { _ in noise.next() < 0.05 ? Double.nan : noise.next() }
        let indices = ys.indices.map(Double.init)
        let viewports: [ClosedRange<Double>] = [0...9_999, 0.5...17.2, 100...100.7, 5_000...20_000, -30...12, -9...(-1), 12_000...13_000, 3...9_000]
        for viewport in viewports {
            for count in [1, 7, 226] {
                let fast = MinMaxColumns(xs: nil, ys: ys, viewport: viewport, columns: count)
                let general = MinMaxColumns(xs: indices, ys: ys, viewport: viewport, columns: count)
                XCTAssertEqual(fast, general, "\(viewport) \(count)")
            }
        }
    }

    func testNeighboursOutsideTheViewport() {
        let ys: [Double] = [0, 10, 20, .nan, 40, 50, .nan, 70, 80]
        let columns = MinMaxColumns(xs: nil, ys: ys, viewport: 3.5...5.5, columns: 4)
        XCTAssertEqual(ranges(columns), [nil, 40...40, nil, 50...50])
        XCTAssertEqual(columns.before, ChartSample(x: 2, y: 20))
        XCTAssertEqual(columns.after, ChartSample(x: 7, y: 70))
        let general = MinMaxColumns(xs: ys.indices.map(Double.init), ys: ys, viewport: 3.5...5.5, columns: 4)
        XCTAssertEqual(general.before, columns.before)
        XCTAssertEqual(general.after, columns.after)
    }

    func testSeriesSharingAnAxisAndCutToIt() {
        let results = MinMaxColumns.decimate(xs: [0, 1, 2, 3], series: [[1, 2, 3, 4], [5, 6], [7, 8, 9, 10, 11]], viewport: 0...3, columns: 2)
        XCTAssertEqual(results.map(ranges), [[1...2, 3...4], [5...6, nil], [7...8, 9...10]])
    }

    func testDegenerateViewportsAndColumnCounts() {
        XCTAssertEqual(ranges(MinMaxColumns(xs: nil, ys: [1, 2], viewport: 1...1, columns: 3)), [nil, nil, nil])
        XCTAssertEqual(MinMaxColumns(xs: nil, ys: [1, 2], viewport: 0...1, columns: 0).count, 0)
        XCTAssertEqual(ranges(MinMaxColumns(xs: [1, 2], ys: [1, 2], viewport: 0...Double.infinity, columns: 2)), [nil, nil])
        XCTAssertEqual(ranges(MinMaxColumns(xs: nil, ys: [1, 2], viewport: -1e300...1e300, columns: 2)), [nil, 1...2])
    }
}
