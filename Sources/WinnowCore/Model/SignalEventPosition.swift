/// Where a signal event sits: the sample index, and the depth there in mm.
public struct SignalEventPosition: Equatable, Sendable {
    public var type: SignalEventType
    public var sample: Int
    public var positionMM: Double

    public init(type: SignalEventType, sample: Int, positionMM: Double) {
        self.type = type
        self.sample = sample
        self.positionMM = positionMM
    }
}
