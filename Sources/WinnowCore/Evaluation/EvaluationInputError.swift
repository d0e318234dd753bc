/// A ground-truth or results file that cannot be evaluated at all.
public struct EvaluationInputError: Error, CustomStringConvertible, Sendable {
    public let description: String

    public init(_ description: String) { self.description = description }
}
