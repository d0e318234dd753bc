import WinnowCore

/// How the current drill run is shown: which samples are visible, where the cursor is, which
/// event is selected. Reset when the cursor moves to another item.
public struct SignalView: Equatable, Sendable {
    /// First and last visible sample (inclusive).
    public var first: Int
    public var last: Int
    /// The sample under the cursor.
    public var cursor: Int
    public var selectedEvent: SignalEventType?
    public var xAxis: SignalXAxis = .depth

    public init(sampleCount: Int) {
        first = 0
        last = max(0, sampleCount - 1)
        cursor = last / 2
    }

    public var visibleCount: Int { last - first + 1 }
}
