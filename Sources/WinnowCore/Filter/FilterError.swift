/// A malformed filter query, pointing at the term to fix so the user can correct it in place.
public struct FilterError: Error, CustomStringConvertible, Sendable, Equatable {
    /// 1-based character column of the offending term (of the opening quote for an unterminated quote).
    public let column: Int
    /// The offending term as typed, quotes and leading `-` included.
    public let term: String
    public let problem: FilterProblem

    public init(column: Int, term: String, problem: FilterProblem) {
        self.column = column
        self.term = term
        self.problem = problem
    }

    public var description: String { "column \(column): \(explanation)" }

    private var explanation: String {
        let fields = "(fields: \(FilterField.nameList))"
        switch problem {
        case .unterminatedQuote:
            return "unterminated quote in '\(term)'"
        case .nothingToNegate:
            return "'-' must be followed by a term to exclude"
        case .missingField(let separator):
            return "'\(term)' needs a field before '\(separator)' \(fields); quote it to search for the text"
        case .unknownField(let name):
            return "unknown field '\(name)' in '\(term)' \(fields)"
        case .comparisonNotAllowed(let field, let comparison):
            return "\(field) takes ':' not '\(comparison)' in '\(term)'; only conf and score compare"
        case .missingValue:
            return "'\(term)' needs a value"
        case .needsNumber:
            return "'\(term)' needs a number"
        case .confidenceOutOfRange:
            return "conf and score run from 0 to 1 in '\(term)'"
        case .invalidValue(let field, let allowed):
            return "\(field) must be \(Self.alternatives(allowed)) in '\(term)'"
        }
    }

    /// "a, b or c".
    private static func alternatives(_ words: [String]) -> String {
        guard let last = words.last, words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " or " + last
    }
}
