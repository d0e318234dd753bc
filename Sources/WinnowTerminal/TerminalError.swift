/// Why the terminal could not be opened, worded for the person at the keyboard.
public struct TerminalError: Error, CustomStringConvertible, Sendable {
    public let description: String

    public init(_ description: String) { self.description = description }
}
