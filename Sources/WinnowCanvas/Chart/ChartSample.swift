/// One sample of a series: where it sits on the x axis and its value.
public struct ChartSample: Equatable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}
