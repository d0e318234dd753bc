/// One column of a drill run's data table: name and unit as the file's header gives them
/// ("I Torque (A)" → name "I Torque", unit "A"), one value per sample (NaN where a cell was not a number).
public struct SignalChannel: Equatable, Sendable {
    public var name: String
    public var unit: String
    public var values: [Double]

    public init(name: String, unit: String, values: [Double]) {
        self.name = name
        self.unit = unit
        self.values = values
    }
}
