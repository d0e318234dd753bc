/// One program step of a sample drill run, as the Program table lists it.
struct DrillStep {
    /// What the step is for ("approach", "CFRP", "titanium"): documentation only, not written.
    let purpose: String
    let isOn: Bool
    /// How far the step feeds, mm.
    let stroke: Double
    let rpm: Double
    /// mm/s.
    let feed: Double
    /// No-load motor currents at this speed (A): the I Torque Empty / I Thrust Empty columns.
    let torqueEmpty: Double
    let thrustEmpty: Double

    static func off(_ purpose: String) -> DrillStep {
        DrillStep(purpose: purpose, isOn: false, stroke: 0, rpm: 0, feed: 0, torqueEmpty: 0, thrustEmpty: 0)
    }
}
