/// An image that got no perceptual hash, with the reason as one `file: what is wrong` line.
public struct ImageHashFailure: Error, CustomStringConvertible, Sendable, Equatable {
    public let path: String
    public let description: String

    public init(path: String, description: String) {
        self.path = path
        self.description = description
    }
}
