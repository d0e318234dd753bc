/// An automatically proposed signal event: where it is, how sure the detector is (0...1), and a
/// short human-readable reason a reviewer can check against the plot.
public struct SignalEventEstimate: Equatable, Sendable {
    public var type: SignalEventType
    public var sample: Int
    public var positionMM: Double
    public var confidence: Double
    public var evidence: String

    public init(type: SignalEventType, sample: Int, positionMM: Double, confidence: Double, evidence: String) {
        self.type = type
        self.sample = sample
        self.positionMM = positionMM
        self.confidence = confidence
        self.evidence = evidence
    }

    public var position: SignalEventPosition {
        SignalEventPosition(type: type, sample: sample, positionMM: positionMM)
    }
}
