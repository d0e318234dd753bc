/// One row of a simulated drill run's data table (100 per second).
struct DrillSample {
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
