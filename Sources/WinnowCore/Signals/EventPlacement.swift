/// The two independent placements of one event and the one the auto-label took: the program's
/// step change (`ProgramPlacement`) and the torque's steepest change (`TorqueEventFinder`). The
/// auto-label is the torque's placement where the torque shows the event, else the program's.
public struct EventPlacement: Equatable, Sendable {
    public enum Source: String, Sendable { case program, signal }

    public let type: SignalEventType
    public let program: SignalEventPosition?
    public let signal: SignalEventPosition?
    /// The torque's step against the noise around it (nil without a signal placement).
    public let signalToNoise: Double?

    /// |program − signal| in mm, when both exist.
    public var distanceMM: Double? {
        guard let program, let signal else { return nil }
        return abs(program.positionMM - signal.positionMM)
    }

    /// Which placement the auto-label takes.
    public var chosen: Source? { signal != nil ? .signal : program != nil ? .program : nil }
}
