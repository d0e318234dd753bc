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
    /// A disagreement with the model: pred:fp, fn, class, loc, duplicate or match.
    case pred
    /// A prediction's score, compared like conf.
    case score
    /// A prediction set's name.
    case model
    /// An image pair: how much changed (0-1), compared like conf.
    case changed
    /// An image pair: how much of the structure survived (0-1), compared like conf.
    case structure
    /// An image pair whose original is the same photo as another session's: dup:yes or dup:no.
    case dup

    /// "tier, cat, conf, ..." for error messages.
    /// Fields that take a comparison (`conf<0.8`, `score>=0.5`).
    var compares: Bool { [.conf, .score, .changed, .structure].contains(self) }

    static let nameList = allCases.map(\.rawValue).joined(separator: ", ")

    /// The values a closed field accepts, in the order messages list them; nil for open fields.
    var allowedValues: [String]? {
        switch self {
        case .tier: return ["high", "medium", "low"]
        case .verdict: return ["none", "good", "bad", "skip"]
        case .kind: return ["screenshot", "signal", "text", "pair"]
        case .has: return ItemAttribute.allCases.map(\.rawValue)
        case .pred: return Disagreement.allCases.map(\.rawValue)
        case .dup: return ["yes", "no"]
        case .cat, .conf, .source, .reviewer, .file, .id, .score, .model, .changed, .structure: return nil
        }
    }
}
