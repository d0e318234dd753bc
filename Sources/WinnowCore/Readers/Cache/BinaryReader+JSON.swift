extension BinaryReader {
    /// A value `BinaryWriter.json` wrote; nil when cut, malformed or nested too deep.
    mutating func json(depth: Int = 0) -> JSONValue? {
        guard depth < BinaryJSONTag.maximumDepth, let tag = byte().flatMap(BinaryJSONTag.init(rawValue:)) else { return nil }
        switch tag {
        case .null: return .null
        case .false: return .bool(false)
        case .true: return .bool(true)
        case .double: return double().map { .number($0) }
        case .integer: return int().map { .number(Double($0)) }
        case .string: return string().map { .string($0) }
        case .array:
            guard let count = count() else { return nil }
            var values: [JSONValue] = []
            values.reserveCapacity(count)
            for _ in 0..<count {
                guard let value = json(depth: depth + 1) else { return nil }
                values.append(value)
            }
            return .array(values)
        case .object:
            guard let count = count() else { return nil }
            var pairs: [(key: String, value: JSONValue)] = []
            pairs.reserveCapacity(count)
            for _ in 0..<count {
                guard let key = string(), let value = json(depth: depth + 1) else { return nil }
                pairs.append((key, value))
            }
            return .object(JSONObject(distinctPairs: pairs))
        }
    }
}
