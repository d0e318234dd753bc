/// Shorthands for the derived series (computed once, in `SignalPlotSeries`).
extension SignalRun {
    public var depth: [Double]? { plotted.depth }
    public var totalTorque: [Double]? { plotted.totalTorque }
    public var thrust: [Double]? { plotted.thrust }
    public var step: [Double]? { plotted.step }
}
