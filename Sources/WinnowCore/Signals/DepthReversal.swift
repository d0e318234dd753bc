/// A stretch where the depth runs backwards: from the first sample below the deepest point so far
/// until the depth is back there (or the run ends). Reversals of at most `jitterMM` are not kept.
struct DepthReversal: Equatable {
    /// Wobble of the position encoder, not a movement.
    static let jitterMM = 0.05
    /// The controller backs off up to ~0.3 mm when it switches steps (seen at every step change in
    /// the real files); a reversal up to this size starting at a step change is expected.
    static let stepBackOffLimitMM = 0.5
    /// How close (samples) to a step change a back-off starts.
    static let stepChangeSlack = 2

    let start: Int
    /// Last sample below the earlier deepest point.
    let end: Int
    let sizeMM: Double
    let atStepChange: Bool

    var isExpectedBackOff: Bool { atStepChange && sizeMM <= DepthReversal.stepBackOffLimitMM }

    /// All reversals larger than the jitter, in order. `stepChanges` must be sorted. O(n).
    static func all(in depth: [Double], stepChanges: [Int]) -> [DepthReversal] {
        var found: [DepthReversal] = []
        var deepest = -Double.infinity
        var start: Int?, size = 0.0, lastBelow = 0
        func close() {
            if let s = start, size > jitterMM {
                found.append(DepthReversal(start: s, end: lastBelow, sizeMM: size,
                                           atStepChange: isNearStepChange(s, stepChanges)))
            }
            start = nil
            size = 0
        }
        for (i, d) in depth.enumerated() where d.isFinite {
            if d >= deepest {
                close()
                deepest = d
            } else {
                if start == nil { start = i }
                size = max(size, deepest - d)
                lastBelow = i
            }
        }
        close()
        return found
    }

    private static func isNearStepChange(_ sample: Int, _ changes: [Int]) -> Bool {
        var low = 0, high = changes.count
        while low < high {
            let mid = (low + high) / 2
            if changes[mid] < sample - stepChangeSlack { low = mid + 1 } else { high = mid }
        }
        return low < changes.count && changes[low] <= sample + stepChangeSlack
    }
}
