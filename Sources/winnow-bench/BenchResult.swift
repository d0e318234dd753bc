import WinnowApp
/// What `winnow-bench` measured.
struct BenchResult {
    var coldFirstItem: Double = 0
    var keyToScreen: [Double] = []
    var bytesPerItem: [Int] = []

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
    }
}
