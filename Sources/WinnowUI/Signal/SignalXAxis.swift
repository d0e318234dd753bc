/// What the signal plot's x axis shows.
public enum SignalXAxis: Equatable, Sendable {
    /// Depth in mm, |Position|.
    case depth
    case sample
}
