/// The y range a panel shows.
public enum ChartYRange: Equatable, Sendable {
    /// The visible data's min...max, padded a little and widened to round numbers.
    case automatic
    /// Exactly this range; values outside it are cut off at the plot's edge.
    case fixed(ClosedRange<Double>)
}
