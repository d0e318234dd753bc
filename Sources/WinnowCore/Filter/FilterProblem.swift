/// What is wrong with one term of a filter query.
public enum FilterProblem: Sendable, Equatable {
    /// A `"` with no closing `"`.
    case unterminatedQuote
    /// A lone `-` with nothing to negate.
    case nothingToNegate
    /// `:foo` or `<0.8`: a separator with no field name before it.
    case missingField(separator: String)
    case unknownField(String)
    /// `tier<low`: only conf compares.
    case comparisonNotAllowed(field: String, comparison: String)
    /// `cat:` with nothing after the colon.
    case missingValue
    /// `conf<x`: conf needs a decimal number.
    case needsNumber
    /// `conf<80`: confidences run from 0 to 1.
    case confidenceOutOfRange
    /// `tier:lo`: a closed field got a value outside its list.
    case invalidValue(field: String, allowed: [String])
}
