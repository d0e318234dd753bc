/// A keymap line that cannot be used, as `file:line: what is wrong`.
public struct KeymapError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let message: String

    public var description: String { "\(file):\(line): \(message)" }
}
