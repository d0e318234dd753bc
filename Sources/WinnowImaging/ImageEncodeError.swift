/// Why pixels could not be written as an image file. Printed as `<path>: <reason>`.
public struct ImageEncodeError: Error, CustomStringConvertible, Equatable, Sendable {
    public let path: String
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
