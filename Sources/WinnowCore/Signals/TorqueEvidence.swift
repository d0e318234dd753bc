/// What the torque alone says about one event: the sample of its steepest change and how big and
/// how clear the change is.
struct TorqueEvidence {
    let type: SignalEventType
    let sample: Int
    /// Level change across the event (A): positive for entry and transition, negative for exit.
    let change: Double
    /// |change| over the noise of a level change.
    let signalToNoise: Double
}
