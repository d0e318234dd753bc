/// Why an export was refused or stopped; the message names the file or option at fault.
public struct ExportError: Error, Equatable, Sendable {
    public var message: String

    public init(_ message: String) { self.message = message }
}
