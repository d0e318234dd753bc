/// Total torque prepared for event finding: gaps (NaN/Inf) filled with the previous value, prefix
/// sums so any window mean costs O(1), a lightly smoothed copy, and the scales the finder compares
/// against (window sizes, idle level, peak, noise).
struct TorqueProfile {
    let count: Int
    /// Samples on each side of a level change: wide enough to ride over noise and the spindle-speed
    /// dip at a step change, narrow enough to keep entry, transition and exit apart.
    let levelWindow: Int
    /// Samples on each side of the local gradient that pins an event to its steepest point.
    let localWindow: Int
    /// Centered moving average over 2 × localWindow + 1 samples.
    let smoothed: [Double]
    /// Mean torque over the first samples, before the drill touches the stack.
    let idle: Double
    /// Highest smoothed torque.
    let peak: Double
    /// Estimated standard deviation of the per-sample noise (A).
    let noise: Double
    private let prefix: [Double]

    /// Nil when no value is finite.
    init?(_ raw: [Double]) {
        guard let values = TorqueProfile.filled(raw) else { return nil }
        count = values.count
        levelWindow = max(8, count / 40)
        localWindow = max(2, levelWindow / 4)
        prefix = TorqueProfile.prefixSums(values)
        smoothed = TorqueProfile.movingAverage(prefix, count: count, halfWidth: localWindow)
        idle = TorqueProfile.mean(prefix, 0, min(count, max(localWindow, count / 50)))
        peak = smoothed.max() ?? idle
        noise = TorqueProfile.noise(values, smoothed)
    }

    var range: Double { max(0, peak - idle) }

    /// Noise as a share of the idle-to-peak range; infinite for a flat signal.
    var relativeNoise: Double { range > 0 ? noise / range : .infinity }

    /// Standard deviation of `smoothed` on a flat signal.
    var smoothedNoise: Double { noise / Double(2 * localWindow + 1).squareRoot() }

    /// The change across `i` between level windows: large where the torque settles at a new level.
    func levelChange(at i: Int) -> Double { change(at: i, window: levelWindow) }

    /// The same over localWindow: a smoothed derivative whose extremes mark the steepest change.
    func localGradient(at i: Int) -> Double { change(at: i, window: localWindow) }

    /// Mean of the `window` samples after `i` minus the mean of the `window` samples before it
    /// (sample `i` itself left out, so a symmetric change peaks exactly at its centre); 0 where a
    /// window would leave the signal.
    func change(at i: Int, window: Int, gap: Int = 0) -> Double {
        guard i - gap - window >= 0, i + 1 + gap + window <= count else { return 0 }
        return TorqueProfile.mean(prefix, i + 1 + gap, i + 1 + gap + window) - TorqueProfile.mean(prefix, i - gap - window, i - gap)
    }

    /// The size of the change at an event: plateau before versus plateau after, each over up to a
    /// level window that fits in the signal, leaving out a local window either side so the ramp
    /// itself does not shrink it. Also returns the standard deviation this gives on a flat signal.
    func stepSize(at i: Int) -> (change: Double, noise: Double) {
        let gap = min(localWindow, i, count - 1 - i)
        let window = min(levelWindow, i - gap, count - 1 - i - gap)
        guard window > 0 else { return (0, .infinity) }
        return (change(at: i, window: window, gap: gap), noise * (2.0 / Double(window)).squareRoot())
    }

    /// How far above idle the torque settles after `i` (the level window past a local window), as a
    /// share of the idle-to-peak range; nil when the run ends first or the range is flat.
    func shareAboveIdle(after i: Int) -> Double? {
        let start = i + localWindow, end = min(count, start + levelWindow)
        guard range > 0, end - start >= localWindow else { return nil }
        return (TorqueProfile.mean(prefix, start, end) - idle) / range
    }

    /// Where `score` is largest in `from...through` clipped to the signal (first one on ties).
    func argmax(from first: Int, through last: Int, _ score: (Int) -> Double) -> Int? {
        let lower = max(0, first), upper = min(count - 1, last)
        guard lower <= upper else { return nil }
        var best = lower, bestScore = score(lower)
        for i in (lower + 1)...upper {
            let s = score(i)
            if s > bestScore { best = i; bestScore = s }
        }
        return best
    }

    private static func filled(_ raw: [Double]) -> [Double]? {
        guard let first = raw.first(where: { $0.isFinite }) else { return nil }
        var last = first
        return raw.map { value in
            if value.isFinite { last = value }
            return last
        }
    }

    private static func prefixSums(_ values: [Double]) -> [Double] {
        var sums = [Double](repeating: 0, count: values.count + 1)
        var total = 0.0
        for (i, v) in values.enumerated() {
            total += v
            sums[i + 1] = total
        }
        return sums
    }

    private static func mean(_ prefix: [Double], _ lower: Int, _ upper: Int) -> Double {
        upper > lower ? (prefix[upper] - prefix[lower]) / Double(upper - lower) : 0
    }

    private static func movingAverage(_ prefix: [Double], count: Int, halfWidth: Int) -> [Double] {
        (0..<count).map { i in mean(prefix, max(0, i - halfWidth), min(count, i + halfWidth + 1)) }
    }

    /// Mean absolute residual around the moving average, scaled to a Gaussian standard deviation.
    private static func noise(_ values: [Double], _ smoothed: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        var total = 0.0
        for i in values.indices { total += abs(values[i] - smoothed[i]) }
        return 1.25 * total / Double(values.count)
    }
}
