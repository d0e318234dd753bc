/// Proposes entry, transition (CFRP to titanium) and exit for a drill run from two independent
/// kinds of evidence: torque-gradient peaks in the total torque (`TorqueEventFinder`) and changes of
/// the program step. Each estimate carries a confidence that says how well the evidence agrees
/// (`EventConfidence`) and a short reason. Deterministic and O(n) in the number of samples.
public enum SignalEventDetector {
    /// Below this there is too little signal to tell idle from cutting.
    public static let minimumSamples = 24

    public static func detect(_ run: SignalRun) -> [SignalEventEstimate] {
        guard let depth = run.depth, depth.count >= minimumSamples else { return [] }
        let scorer = EventScorer(run: run, depth: depth)
        var estimates: [SignalEventType: SignalEventEstimate] = [:]
        var taken = Set<Int>()
        let torque = scorer.profile.map(TorqueEventFinder.find) ?? []
        for (evidence, boundary) in matched(torque, scorer) {
            estimates[evidence.type] = scorer.estimate(from: evidence, boundary: boundary)
            if let boundary { taken.insert(boundary.sample) }
        }
        fillFromSteps(&estimates, scorer, taken: taken)
        return EventOrder.repaired(SignalEventType.allCases.compactMap { estimates[$0] })
    }

    /// Both placements of every event either one finds, in event order (`show --json` reports them).
    public static func placements(_ run: SignalRun) -> [EventPlacement] {
        guard let depth = run.depth, depth.count >= minimumSamples else { return [] }
        let scorer = EventScorer(run: run, depth: depth)
        let torque = Dictionary((scorer.profile.map(TorqueEventFinder.find) ?? []).map { ($0.type, $0) }, uniquingKeysWith: { a, _ in a })
        let program = ProgramPlacement(scorer.steps, program: scorer.program).events
        func position(_ type: SignalEventType, _ sample: Int?) -> SignalEventPosition? {
            sample.map { SignalEventPosition(type: type, sample: $0, positionMM: scorer.depth[$0]) }
        }
        return SignalEventType.allCases.compactMap { type in
            guard torque[type] != nil || program[type] != nil else { return nil }
            return EventPlacement(type: type, program: position(type, program[type]?.sample), signal: position(type, torque[type]?.sample),
                                  signalToNoise: torque[type]?.signalToNoise)
        }
    }

    /// The estimates as review labels: id and category are the event type, source "auto".
    public static func labels(for run: SignalRun) -> [Label] {
        detect(run).map { e in
            Label(id: e.type.rawValue, category: e.type.rawValue, bbox: nil, confidence: e.confidence,
                  source: "auto", verified: false, event: e.position)
        }
    }

    /// Pairs each torque peak with the step change that agrees with it; a step change goes to the
    /// closest peak when two peaks want it.
    private static func matched(_ torque: [TorqueEvidence], _ scorer: EventScorer) -> [(TorqueEvidence, StepBoundary?)] {
        var pairs = torque.map { ($0, scorer.agreeingBoundary(for: $0, excluding: [])) }
        for i in pairs.indices {
            guard let b = pairs[i].1 else { continue }
            let distance = abs(b.sample - pairs[i].0.sample)
            let closer = pairs.indices.contains { j in
                j != i && pairs[j].1 == b && abs(b.sample - pairs[j].0.sample) < distance
            }
            if closer { pairs[i].1 = scorer.agreeingBoundary(for: pairs[i].0, excluding: [b.sample]) }
        }
        return pairs
    }

    /// Events the torque did not show are taken from unused step changes, in program order: entry
    /// from the first before everything found, exit from the last after it, transition from the
    /// first between entry and exit.
    private static func fillFromSteps(_ estimates: inout [SignalEventType: SignalEventEstimate], _ scorer: EventScorer,
                                      taken: Set<Int>) {
        guard scorer.steps.isPlausible else { return }
        var free = scorer.steps.all.filter { !taken.contains($0.sample) }
        func take(_ type: SignalEventType, _ pick: ([StepBoundary]) -> StepBoundary?) {
            guard estimates[type] == nil, let b = pick(free) else { return }
            estimates[type] = scorer.estimate(type, fromStepOnly: b)
            free.removeAll { $0 == b }
        }
        let firstFound = estimates.values.map(\.sample).min() ?? Int.max
        take(.entry) { $0.first { $0.sample < firstFound } }
        let lastFound = estimates.values.map(\.sample).max() ?? Int.min
        take(.exit) { $0.last { $0.sample > lastFound } }
        if let entry = estimates[.entry]?.sample, let exit = estimates[.exit]?.sample {
            take(.transition) { $0.first { $0.sample > entry && $0.sample < exit } }
        }
    }
}
