/// The step changes of a run, in sample order, and the steps that ran. Non-finite step values are
/// skipped (the previous step is taken to continue).
struct StepBoundaries {
    /// A drill program has a handful of steps; a Step channel that changes more often than this is
    /// not a program running and is not used as evidence.
    static let plausibleChangeLimit = 32

    let hasChannel: Bool
    let all: [StepBoundary]
    let stepsThatRan: Set<Int>

    init(_ steps: [Double]?) {
        hasChannel = steps != nil
        var boundaries: [StepBoundary] = []
        var ran = Set<Int>()
        var current: Double?
        for (i, step) in (steps ?? []).enumerated() where step.isFinite {
            if let previous = current, previous != step {
                boundaries.append(StepBoundary(sample: i, from: previous, to: step))
            }
            if current != step, abs(step) < 1e9 { ran.insert(Int(step.rounded())) }
            current = step
        }
        all = boundaries
        stepsThatRan = ran
    }

    var samples: [Int] { all.map(\.sample) }

    var isPlausible: Bool { all.count <= StepBoundaries.plausibleChangeLimit }

    /// The boundary closest to `sample` in samples, among those not in `taken`.
    func nearest(to sample: Int, excluding taken: Set<Int> = []) -> StepBoundary? {
        all.filter { !taken.contains($0.sample) }.min { abs($0.sample - sample) < abs($1.sample - sample) }
    }
}
