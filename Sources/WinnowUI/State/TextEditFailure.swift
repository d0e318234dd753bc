/// Why an edit in the external editor gave no text.
public struct TextEditFailure: Error, Equatable, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}
