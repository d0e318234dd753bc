/// Proposes entry, transition (CFRP to titanium) and exit for a drill run from two independent
/// placements: the torque's steepest changes (`TorqueEventFinder`) and the program's step changes
/// (`ProgramPlacement`). The torque's placement is taken where it exists, the program's otherwise;
/// each estimate carries a confidence from the evidence (`EventConfidence`, `RunConsistency`) and a
/// short reason. Deterministic and O(n) in the number of samples.
public enum SignalEventDetector {
    /// Below this there is too little signal to tell idle from cutting.
    public static let minimumSamples = 24

    public static func detect(_ run: SignalRun) -> [SignalEventEstimate] {
        guard let depth = run.depth, depth.count >= minimumSamples else { return [] }
        let scorer = EventScorer(run: run, depth: depth)
        let torque = torqueEvidence(scorer)
        let program = ProgramPlacement(scorer.steps, program: scorer.program).events
        let estimates = SignalEventType.allCases.compactMap { type -> SignalEventEstimate? in
            if let evidence = torque[type] { return scorer.estimate(from: evidence, program: program[type]) }
            return program[type].map { scorer.estimate(type, fromStepOnly: $0) }
        }
        return RunConsistency(depth: scorer.depth).applied(to: EventOrder.repaired(estimates))
    }

    private static func torqueEvidence(_ scorer: EventScorer) -> [SignalEventType: TorqueEvidence] {
        Dictionary((scorer.profile.map(TorqueEventFinder.find) ?? []).map { ($0.type, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Both placements of every event either one finds, in event order (`show --json` reports them).
    public static func placements(_ run: SignalRun) -> [EventPlacement] {
        guard let depth = run.depth, depth.count >= minimumSamples else { return [] }
        let scorer = EventScorer(run: run, depth: depth)
        let torque = torqueEvidence(scorer)
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
}
