/// One row of a simulated drill run's data table (100 per second).
struct DrillSample {
    /// Where the drill really is, mm from where the run starts (not written: the truth behind Position).
    var depth: Double
    /// Recorded position, mm (negative, as controllers write it).
    var position: Double
    var torque: Double
    var thrust: Double
    var torqueEmpty: Double
    var thrustEmpty: Double
    /// Index of the program step running.
    var step: Int
    var stopCode: Int
    var rpm: Double
    var feed: Double
    /// Motor power, W.
    var power: Double
}
