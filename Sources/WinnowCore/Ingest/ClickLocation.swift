/// Where the action clicked, in screenshot pixels (the seed's `clicked_location`).
public struct ClickLocation: Equatable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// The seed writes a Python tuple, which `json.dumps` turns into `[x, y]`; `{"x": .., "y": ..}`
    /// (the shape of `match_summary.location`) is read too.
    static func parse(_ value: JSONValue, fields: RecordFields, key: String) throws(IngestProblem) -> ClickLocation {
        if let object = value.objectValue {
            let point = RecordFields(object: object, line: fields.line, prefix: fields.prefix + key + ".")
            return ClickLocation(x: try point.number("x"), y: try point.number("y"))
        }
        if let pair = value.arrayValue, pair.count == 2, let x = pair[0].doubleValue, let y = pair[1].doubleValue,
            x.isFinite, y.isFinite
        {
            return ClickLocation(x: x, y: y)
        }
        throw fields.wrongType(key, value, "[x, y] or {\"x\": X, \"y\": Y}")
    }

    var json: JSONValue { [.number(x), .number(y)] }
}
