import Foundation

/// What a run's events say together, applied to each of them: a drill run has an entry, a
/// transition and an exit in that order (× 0.6 for each missing), layers at least 0.5 mm thick
/// (× 0.5 otherwise), and an exit the drill feeds past (the program breaks through): an exit
/// where the depth stops advancing within 0.2 mm is the run stopping, not a breakthrough (× 0.5).
struct RunConsistency {
    static let missingEventFactor = 0.6
    static let thinLayerMM = 0.5
    static let thinLayerFactor = 0.5
    static let feedPastExitMM = 0.2
    static let stopFactor = 0.5

    let depth: [Double]

    func applied(to estimates: [SignalEventEstimate]) -> [SignalEventEstimate] {
        guard !estimates.isEmpty else { return [] }
        var doubts: [(factor: Double, reason: String)] = []
        let missing = SignalEventType.allCases.filter { type in !estimates.contains { $0.type == type } }
        if !missing.isEmpty {
            doubts.append((pow(Self.missingEventFactor, Double(missing.count)),
                           "no \(missing.map(\.rawValue).joined(separator: " or ")) found in the run"))
        }
        let at = Dictionary(estimates.map { ($0.type, $0.positionMM) }, uniquingKeysWith: { a, _ in a })
        for (upper, lower, layer) in [(SignalEventType.entry, SignalEventType.transition, "CFRP"), (.transition, .exit, "titanium")] {
            if let a = at[upper], let b = at[lower], b - a < Self.thinLayerMM {
                doubts.append((Self.thinLayerFactor, String(format: "%@ layer only %.2f mm thick", layer, b - a)))
            }
        }
        if let exit = estimates.first(where: { $0.type == .exit }), let deepest = depth[exit.sample...].max(),
           deepest - exit.positionMM < Self.feedPastExitMM {
            doubts.append((Self.stopFactor, String(format: "the drill feeds only %.2f mm past the exit: a stop, not a breakthrough?", deepest - exit.positionMM)))
        }
        return estimates.map { estimate in
            var e = estimate
            for doubt in doubts {
                e.confidence *= doubt.factor
                e.evidence += "; " + doubt.reason
            }
            return e
        }
    }
}
