/// The fields a query term can name before `:` (or, for conf, a comparison).
enum FilterField: String, CaseIterable, Sendable {
    case tier
    case cat
    case conf
    case source
    case verdict
    case reviewer
    case kind
    case has
    case file
    case id

    /// "tier, cat, conf, ..." for error messages.
    static let nameList = allCases.map(\.rawValue).joined(separator: ", ")

    /// The values a closed field accepts, in the order messages list them; nil for open fields.
    var allowedValues: [String]? {
        switch self {
        case .tier: return ["high", "medium", "low"]
        case .verdict: return ["none", "good", "bad", "skip"]
        case .kind: return ["screenshot", "signal", "text", "pair"]
        case .has: return ItemAttribute.allCases.map(\.rawValue)
        case .cat, .conf, .source, .reviewer, .file, .id: return nil
        }
    }
}
