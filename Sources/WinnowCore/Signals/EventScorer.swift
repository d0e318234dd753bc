import Foundation

/// Everything the detector knows about one run, and how it turns a piece of evidence (a torque
/// peak, a step change, or both) into an estimate with confidence and a readable reason.
struct EventScorer {
    /// |Position| with non-finite values replaced by the previous finite one.
    let depth: [Double]
    let profile: TorqueProfile?
    /// The thrust, prepared the same way: what tells a breakthrough (it falls to idle) from a change
    /// of spindle speed (the torque drops, the drill still pushes).
    let thrust: TorqueProfile?
    let steps: StepBoundaries
    let program: ProgramSteps?
    private let reversals: [DepthReversal]

    init(run: SignalRun, depth: [Double]) {
        self.depth = EventScorer.filled(depth)
        profile = run.totalTorque.flatMap { $0.count == depth.count ? TorqueProfile($0) : nil }
        thrust = run.thrust.flatMap { $0.count == depth.count ? TorqueProfile($0) : nil }
        steps = StepBoundaries(run.step)
        program = ProgramSteps(metadata: run.metadata)
        reversals = DepthReversal.all(in: depth, stepChanges: steps.isPlausible ? steps.samples : [])
    }

    /// Samples either side of an event that count as "around" it.
    var neighbourhood: Int { profile?.levelWindow ?? max(8, depth.count / 40) }

    /// An estimate at the torque's placement, backed by the program's placement of the same event if any.
    func estimate(from evidence: TorqueEvidence, program boundary: StepBoundary?) -> SignalEventEstimate {
        var a = EventAssessment(base: EventConfidence.clarity(signalToNoise: evidence.signalToNoise),
                                reason: "\(torqueReason(evidence)), \(String(format: "%.0f", min(999, evidence.signalToNoise))) noise deviations")
        if let boundary {
            let apart = distanceMM(boundary.sample, evidence.sample)
            a.multiply(by: EventConfidence.agreement(distanceMM: apart))
            a.note(String(format: "program step %@ at %@ %@ (%.2f mm away)", boundary.label, mm(boundary.sample),
                          apart <= EventConfidence.fullAgreementMM ? "agrees" : "disagrees", apart))
        } else {
            a.multiply(by: EventConfidence.agreement(distanceMM: nil))
            a.note(missingStepReason(near: evidence))
        }
        if let profile {
            a.scale(by: EventConfidence.noiseQuality(relativeNoise: profile.relativeNoise),
                    String(format: "noisy torque (noise %.0f%% of its range)", 100 * profile.relativeNoise))
        }
        if evidence.type == .exit, let above = thrust?.shareAboveIdle(after: evidence.sample), above > EventConfidence.stillCuttingShare {
            a.scale(by: EventConfidence.stillCuttingFactor,
                    String(format: "thrust stays %.0f%% of its range above idle after the drop: still cutting?", 100 * above))
        }
        applyRunDoubts(to: &a, at: evidence.sample)
        return a.estimate(evidence.type, at: evidence.sample, depth: depth)
    }

    func estimate(_ type: SignalEventType, fromStepOnly boundary: StepBoundary) -> SignalEventEstimate {
        let torque = profile == nil ? "no usable torque" : "torque shows no clear \(type == .exit ? "drop" : "rise")"
        var a = EventAssessment(base: EventConfidence.stepOnlyBase,
                                reason: "step \(boundary.label) at \(mm(boundary.sample)) only; \(torque)")
        applyRunDoubts(to: &a, at: boundary.sample)
        return a.estimate(type, at: boundary.sample, depth: depth)
    }

    /// Doubts that hold whatever the evidence: position running backwards near the event, and
    /// program steps that should have run but did not.
    private func applyRunDoubts(to a: inout EventAssessment, at sample: Int) {
        let nearby = largestUnexpectedReversal(around: sample)
        a.scale(by: EventConfidence.reversalQuality(sizeMM: nearby),
                String(format: "position runs back %.2f mm nearby", nearby))
        if let missing = program?.missing(from: steps.stepsThatRan), !missing.isEmpty, steps.hasChannel {
            let list = missing.map(String.init).joined(separator: ", ")
            a.scale(by: EventConfidence.missingStepFactor, "program step \(list) switched on but never ran")
        }
    }

    private func largestUnexpectedReversal(around sample: Int) -> Double {
        var largest = 0.0
        for r in reversals where !r.isExpectedBackOff && r.start <= sample + neighbourhood && r.end >= sample - neighbourhood {
            largest = max(largest, r.sizeMM)
        }
        return largest
    }

    private func torqueReason(_ e: TorqueEvidence) -> String {
        "torque-gradient peak at \(mm(e.sample)) (\(change(e)))"
    }

    private func missingStepReason(near e: TorqueEvidence) -> String {
        if !steps.hasChannel { return "no Step channel" }
        if !steps.isPlausible { return "Step changes \(steps.all.count) times, not used" }
        if steps.all.isEmpty {
            return program?.switchedOn.count == 1 ? "one-step program, no step change" : "no step change in the run"
        }
        guard let b = steps.nearest(to: e.sample) else { return "no step change nearby" }
        return String(format: "nearest step change (%@ at %@) is %.2f mm away", b.label, mm(b.sample),
                      distanceMM(b.sample, e.sample))
    }

    private func change(_ e: TorqueEvidence) -> String {
        String(format: "%@ %+.1f A", e.change < 0 ? "drop" : "rise", e.change)
    }

    private func distanceMM(_ a: Int, _ b: Int) -> Double { abs(depth[a] - depth[b]) }

    private func mm(_ sample: Int) -> String { String(format: "%.2f mm", depth[sample]) }

    private static func filled(_ values: [Double]) -> [Double] {
        var last = values.first(where: { $0.isFinite }) ?? 0
        return values.map { value in
            if value.isFinite { last = value }
            return last
        }
    }
}
