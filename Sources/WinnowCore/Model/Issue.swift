/// A problem found while reading or validating. `location` is `file:line` (or `file`) when
/// the problem comes from a particular place on disk.
public struct Issue: Equatable, Sendable {
    public var severity: Severity
    public var code: String
    public var message: String
    public var location: String?

    public init(_ severity: Severity, _ code: String, _ message: String, location: String? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
    }

    /// `file:line: message`, the form every reader reports in.
    public var text: String {
        if let location { return "\(location): \(message)" }
        return message
    }
}
