/// The signals reviewers look at, derived from the raw channels once (DESIGN.md section 5).
public struct SignalPlotSeries: Sendable {
    /// Depth in mm: Position is recorded negative, so its absolute value.
    public let depth: [Double]?
    /// Total torque = I Torque + I Torque Empty (A); I Torque alone when the empty-run column is missing.
    public let totalTorque: [Double]?
    public let thrust: [Double]?
    /// The program step running at each sample (`Step (nb)`).
    public let step: [Double]?

    init(_ channels: [SignalChannel]) {
        func values(_ name: String) -> [Double]? { channels.first { $0.name == name }?.values }
        depth = values("Position")?.map(abs)
        if let torque = values("I Torque") {
            let empty = values("I Torque Empty")
            totalTorque = empty?.count == torque.count ? zip(torque, empty!).map { $0 + $1 } : torque
        } else {
            totalTorque = nil
        }
        thrust = values("I Thrust")
        step = values("Step")
    }
}
