/// Finds entry, transition and exit in the total torque alone. Each event is pinned to the steepest
/// local change (extreme of the local gradient) near where the evidence for it is found:
///
/// - entry: the smoothed torque first stays above the idle level (+7 % of the idle-to-peak range,
///   at least 3 noise deviations) for a whole level window; steepest rise within two local windows.
/// - exit: after the highest torque following entry, the smoothed torque falls below halfway to the
///   lowest later level and stays there for a level window or to the end of the run (the final drop
///   back to idle); steepest drop within two local windows. The drop must be at least 30 % of the range.
/// - transition: the largest level rise between them (titanium needs more torque than CFRP), at least
///   10 % of the range; steepest rise within a level window of it. It must be a rise of its own: the
///   level change must first fall to at most half of it after the entry, so the tail of an entry ramp
///   longer than a level window is not taken for the transition.
///
/// Every event's step size must stand at least 3 noise deviations clear.
enum TorqueEventFinder {
    static let entryRiseShare = 0.07
    static let noiseMargin = 3.0
    static let exitDropShare = 0.3
    static let transitionRiseShare = 0.1
    /// Between the entry and the transition the level change falls to at most this share of the rise.
    static let transitionValleyShare = 0.5
    static let minimumSignalToNoise = 3.0
    /// A range this small relative to the torque is rounding, not a signal.
    static let flatRange = 1e-6

    static func find(in profile: TorqueProfile) -> [TorqueEvidence] {
        guard profile.range > flatRange * max(1, abs(profile.peak)), let entry = entry(in: profile) else { return [] }
        var found = [evidence(.entry, at: entry, in: profile)]
        let exit = exit(in: profile, after: entry)
        if let transition = transition(in: profile, after: entry, before: exit ?? profile.count) {
            found.append(evidence(.transition, at: transition, in: profile))
        }
        if let exit { found.append(evidence(.exit, at: exit, in: profile)) }
        return found.filter { $0.signalToNoise >= minimumSignalToNoise }
    }

    private static func entry(in p: TorqueProfile) -> Int? {
        let threshold = p.idle + max(entryRiseShare * p.range, noiseMargin * p.smoothedNoise)
        guard let crossing = firstSustained(in: p, from: 0, where: { $0 > threshold }) else { return nil }
        return p.argmax(from: crossing - 2 * p.localWindow, through: crossing + 2 * p.localWindow) { p.localGradient(at: $0) }
    }

    private static func exit(in p: TorqueProfile, after entry: Int) -> Int? {
        let top = indexOfMaximum(p.smoothed, from: entry)
        let low = p.smoothed[top...].min() ?? p.peak
        let high = p.smoothed[top]
        guard high - low >= exitDropShare * p.range else { return nil }
        let halfway = low + 0.5 * (high - low)
        guard let crossing = firstSustained(in: p, from: top, orToTheEndFor: 2 * p.localWindow, where: { $0 < halfway })
        else { return nil }
        let lower = max(entry + 1, crossing - 2 * p.localWindow)
        return p.argmax(from: lower, through: crossing + 2 * p.localWindow) { -p.localGradient(at: $0) }
    }

    private static func transition(in p: TorqueProfile, after entry: Int, before exit: Int) -> Int? {
        let lower = entry + p.levelWindow, upper = exit - p.levelWindow
        guard let widest = largestSeparateRise(in: p, after: entry, from: lower, through: upper),
              p.levelChange(at: widest) >= transitionRiseShare * p.range else { return nil }
        let first = max(entry + p.localWindow, widest - p.levelWindow)
        let last = min(exit - p.localWindow, widest + p.levelWindow)
        return p.argmax(from: first, through: last) { p.localGradient(at: $0) } ?? widest
    }

    /// Where the level change is largest in `first...last` (first one on ties), counting only samples
    /// before which, since the entry, the level change has fallen to at most `transitionValleyShare` of
    /// theirs: a rise separate from the entry's, not its flank.
    private static func largestSeparateRise(in p: TorqueProfile, after entry: Int, from first: Int, through last: Int) -> Int? {
        let lower = max(0, first), upper = min(p.count - 1, last)
        guard lower <= upper else { return nil }
        var lowest = Double.infinity
        for i in max(0, entry)..<lower { lowest = min(lowest, p.levelChange(at: i)) }
        var best: Int?, bestChange = -Double.infinity
        for i in lower...upper {
            let change = p.levelChange(at: i)
            lowest = min(lowest, change)
            if change > bestChange, lowest <= transitionValleyShare * change {
                best = i
                bestChange = change
            }
        }
        return best
    }

    /// First sample from which `test` holds for a whole level window of smoothed torque, or (when
    /// `tail` is given) from there to the end of a run that stops sooner, if that is `tail` samples.
    private static func firstSustained(in p: TorqueProfile, from start: Int, orToTheEndFor tail: Int? = nil,
                                       where test: (Double) -> Bool) -> Int? {
        var run = 0
        for i in start..<p.count {
            run = test(p.smoothed[i]) ? run + 1 : 0
            if run >= p.levelWindow { return i - run + 1 }
        }
        guard let tail, run >= tail else { return nil }
        return p.count - run
    }

    private static func indexOfMaximum(_ values: [Double], from start: Int) -> Int {
        var best = start
        for i in start..<values.count where values[i] > values[best] { best = i }
        return best
    }

    private static func evidence(_ type: SignalEventType, at sample: Int, in p: TorqueProfile) -> TorqueEvidence {
        let (change, noise) = p.stepSize(at: sample)
        let snr = noise > 0 ? abs(change) / noise : (change == 0 ? 0 : .infinity)
        return TorqueEvidence(type: type, sample: sample, change: change, signalToNoise: snr)
    }
}
