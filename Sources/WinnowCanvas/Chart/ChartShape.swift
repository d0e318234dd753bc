/// How a series is traced between its columns.
public enum ChartShape: Sendable {
    /// A continuous line: each column's min–max span, joined to the next column's nearest end.
    case line
    /// A step line (e.g. the program step): the level is held across, then jumps vertically.
    case steps
}
