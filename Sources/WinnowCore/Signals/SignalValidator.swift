import Foundation

/// Finds what is wrong with a drill run and its events. Codes are stable: filters, exports and the
/// validation pane refer to them. Messages name the values involved.
///
/// - `signal.missing-channel`: Position or I Torque missing (error: no events can be placed), I Thrust
///   or Step missing (warning: plot and auto-labels have less to go on).
/// - `signal.non-finite` (warning): a channel holds NaN/Inf; count and first sample.
/// - `signal.too-few-samples`: no samples (error) or fewer than `minimumSamples` (warning).
/// - `signal.position-reversal` (warning): depth runs backwards by more than 0.05 mm; count and the
///   largest. The controller's back-off of up to 0.5 mm when it switches steps is expected, not counted
///   (unless the Step channel changes implausibly often).
/// - `signal.sample-gap` (warning): depth jumps ahead far more than the steps around it (samples lost).
/// - `signal.events-out-of-order` (error): entry < transition < exit does not hold.
/// - `signal.event-outside` (error): an event's sample is not in 0..<sample count.
public enum SignalValidator {
    public static let requiredChannels = ["Position", "I Torque", "I Thrust", "Step"]
    /// Channels without which no event can be placed.
    public static let essentialChannels: Set<String> = ["Position", "I Torque"]
    public static let minimumSamples = 50

    public static func issues(for run: SignalRun, events: [SignalEventPosition]) -> [Issue] {
        var issues = missingChannels(run)
        issues += nonFinite(run)
        issues += sampleCount(run)
        if let depth = run.depth {
            let steps = StepBoundaries(run.step)
            issues += reversals(depth, stepChanges: steps.isPlausible ? steps.samples : [])
            issues += gaps(depth, sampleRate: run.sampleRate)
        }
        issues += eventsOutside(events, count: run.sampleCount)
        issues += eventsOutOfOrder(events)
        return issues
    }

    private static func missingChannels(_ run: SignalRun) -> [Issue] {
        let present = run.channels.map(\.name)
        return requiredChannels.filter { run.channel($0) == nil }.map { name in
            let severity: Severity = essentialChannels.contains(name) ? .error : .warning
            let have = present.isEmpty ? "none" : present.joined(separator: ", ")
            return Issue(severity, "signal.missing-channel", "no \(name) channel (channels: \(have))")
        }
    }

    private static func nonFinite(_ run: SignalRun) -> [Issue] {
        run.channels.compactMap { channel in
            guard let first = channel.values.firstIndex(where: { !$0.isFinite }) else { return nil }
            let count = channel.values.reduce(0) { $0 + ($1.isFinite ? 0 : 1) }
            return Issue(.warning, "signal.non-finite",
                         "\(channel.name) has \(count) non-finite value\(count == 1 ? "" : "s") (NaN/Inf), first at sample \(first)")
        }
    }

    private static func sampleCount(_ run: SignalRun) -> [Issue] {
        let count = run.sampleCount
        if count == 0 { return [Issue(.error, "signal.too-few-samples", "the run has no samples")] }
        guard count < minimumSamples else { return [] }
        return [Issue(.warning, "signal.too-few-samples", "only \(count) samples (at least \(minimumSamples) expected)")]
    }

    private static func reversals(_ depth: [Double], stepChanges: [Int]) -> [Issue] {
        let found = DepthReversal.all(in: depth, stepChanges: stepChanges).filter { !$0.isExpectedBackOff }
        guard let largest = found.max(by: { $0.sizeMM < $1.sizeMM }) else { return [] }
        let times = found.count == 1 ? "once" : "\(found.count) times"
        return [Issue(.warning, "signal.position-reversal", String(
            format: "position runs backwards %@ by more than %.2f mm; largest %.2f mm from sample %d to %d",
            times, DepthReversal.jitterMM, largest.sizeMM, largest.start, largest.end))]
    }

    private static func gaps(_ depth: [Double], sampleRate: Double?) -> [Issue] {
        let found = DepthGap.all(in: depth)
        guard let largest = found.max(by: { $0.jumpMM < $1.jumpMM }) else { return [] }
        var message = String(format: "position jumps %.2f mm between samples %d and %d, %.0f× the local %.3f mm per sample (about %d samples missing",
                             largest.jumpMM, largest.sample - 1, largest.sample, largest.jumpMM / max(largest.localStepMM, 1e-9),
                             largest.localStepMM, largest.missingSamples)
        if let rate = sampleRate, rate > 0 { message += String(format: ", %.2f s at %g Hz", Double(largest.missingSamples) / rate, rate) }
        message += ")"
        if found.count > 1 { message += "; \(found.count) such gaps" }
        return [Issue(.warning, "signal.sample-gap", message)]
    }

    private static func eventsOutside(_ events: [SignalEventPosition], count: Int) -> [Issue] {
        events.filter { $0.sample < 0 || $0.sample >= count }.map { e in
            Issue(.error, "signal.event-outside", "\(e.type.rawValue) at sample \(e.sample) is outside the signal (samples 0..<\(count))")
        }
    }

    /// Each event must come after every event of an earlier type.
    private static func eventsOutOfOrder(_ events: [SignalEventPosition]) -> [Issue] {
        var issues: [Issue] = []
        for later in events {
            for earlier in events where earlier.type < later.type && earlier.sample >= later.sample {
                issues.append(Issue(.error, "signal.events-out-of-order", String(
                    format: "%@ (sample %d, %.2f mm) is not before %@ (sample %d, %.2f mm)",
                    earlier.type.rawValue, earlier.sample, earlier.positionMM, later.type.rawValue, later.sample, later.positionMM)))
            }
        }
        return issues
    }
}
