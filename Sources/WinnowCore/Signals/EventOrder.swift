/// Makes estimates obey entry < transition < exit. Where two neighbours conflict, the less
/// confident one is dropped (a reviewer places it again) and the survivor loses confidence, because
/// the evidence contradicted itself.
enum EventOrder {
    static func repaired(_ estimates: [SignalEventEstimate]) -> [SignalEventEstimate] {
        var kept: [SignalEventEstimate] = []
        for next in estimates.sorted(by: { $0.type < $1.type }) {
            var candidate = next
            while let last = kept.last, last.sample >= candidate.sample {
                kept.removeLast()
                let (winner, loser) = last.confidence >= candidate.confidence ? (last, candidate) : (candidate, last)
                candidate = penalized(winner, droppingConflicting: loser)
            }
            kept.append(candidate)
        }
        return kept
    }

    private static func penalized(_ e: SignalEventEstimate, droppingConflicting other: SignalEventEstimate) -> SignalEventEstimate {
        var e = e
        e.confidence *= EventConfidence.reorderedFactor
        e.evidence += "; dropped a conflicting \(other.type.rawValue) estimate at sample \(other.sample)"
        return e
    }
}
