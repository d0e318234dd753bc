/// Where a trained model put one event of a drill run (`--predictions CSV`), in mm of |Position|.
public struct PredictedEvent: Equatable, Sendable {
    public var model: String
    public var type: SignalEventType
    public var positionMM: Double
    public var confidence: Double?

    public init(model: String, type: SignalEventType, positionMM: Double, confidence: Double?) {
        self.model = model
        self.type = type
        self.positionMM = positionMM
        self.confidence = confidence
    }
}
