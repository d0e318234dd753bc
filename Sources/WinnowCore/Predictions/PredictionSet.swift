/// One detector's output read from disk: its boxes by item (local id), and the problems met.
public struct PredictionSet: Sendable {
    public var name: String
    public var boxesByItem: [String: [PredictedBox]] = [:]
    public var issues: [Issue] = []
    public var count: Int { boxesByItem.values.reduce(0) { $0 + $1.count } }

    public init(name: String) {
        self.name = name
    }

    mutating func add(_ box: PredictedBox, item: String) {
        boxesByItem[item, default: []].append(box)
    }

    mutating func report(_ message: String, at location: String, severity: Severity = .warning) {
        issues.append(Issue(severity, "predictions.bad-entry", message, location: location))
    }
}
