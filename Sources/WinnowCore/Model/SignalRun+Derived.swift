/// The signals reviewers look at, derived from the raw channels (DESIGN.md section 5).
extension SignalRun {
    /// Depth in mm: Position is recorded negative, so its absolute value.
    public var depth: [Double]? { channel("Position")?.values.map(abs) }

    /// Total torque = I Torque + I Torque Empty (A); I Torque alone when the empty-run column is missing.
    public var totalTorque: [Double]? {
        guard let torque = channel("I Torque")?.values else { return nil }
        guard let empty = channel("I Torque Empty")?.values, empty.count == torque.count else { return torque }
        return zip(torque, empty).map { $0 + $1 }
    }

    /// Thrust (A).
    public var thrust: [Double]? { channel("I Thrust")?.values }

    /// The program step running at each sample (`Step (nb)`).
    public var step: [Double]? { channel("Step")?.values }
}
