/// One estimate's confidence and the reasons for it, built up factor by factor: the evidence
/// string a reviewer reads is the reasons in order.
struct EventAssessment {
    private(set) var confidence: Double
    private(set) var reasons: [String]

    init(base: Double, reason: String) {
        confidence = base
        reasons = [reason]
    }

    /// Multiplies the confidence; the note is kept only when it costs at least 5 %.
    mutating func scale(by factor: Double, _ note: @autoclosure () -> String) {
        confidence *= max(0, factor)
        if factor < 0.95 { reasons.append(note()) }
    }

    mutating func note(_ reason: String) { reasons.append(reason) }

    /// Multiplies the confidence without a note (the caller says why).
    mutating func multiply(by factor: Double) { confidence *= max(0, factor) }

    var evidence: String { reasons.joined(separator: "; ") }

    func estimate(_ type: SignalEventType, at sample: Int, depth: [Double]) -> SignalEventEstimate {
        SignalEventEstimate(type: type, sample: sample, positionMM: depth[sample],
                            confidence: min(1, max(0, confidence)), evidence: evidence)
    }
}
