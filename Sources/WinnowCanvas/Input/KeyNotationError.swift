/// Why a key notation string could not be read, and where: keymap and key-script loaders
/// prefix it with the file and line.
public struct KeyNotationError: Error, CustomStringConvertible, Equatable, Sendable {
    /// What is wrong, e.g. "unknown key name <Foo>".
    public var message: String
    /// Character offset (0-based) in the text where the problem starts.
    public var offset: Int

    public init(message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }

    /// "unknown key name <Foo> at column 5" (columns count from 1).
    public var description: String { "\(message) at column \(offset + 1)" }
}
