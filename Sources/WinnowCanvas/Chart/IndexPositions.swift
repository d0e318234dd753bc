/// x = sample index, for charts plotted against sample number.
struct IndexPositions: SamplePositions {
    @inline(__always)
    subscript(_ index: Int) -> Double { Double(index) }
}
