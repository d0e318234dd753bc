/// The comparisons `conf` accepts.
enum ComparisonOperator: String, CaseIterable, Sendable {
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case equal = "="

    /// Reads the longest operator at the start of `text` ("<=" before "<").
    static func prefix(of text: Substring) -> ComparisonOperator? {
        for candidate in [lessOrEqual, greaterOrEqual, less, greater, equal] where text.hasPrefix(candidate.rawValue) {
            return candidate
        }
        return nil
    }
}
