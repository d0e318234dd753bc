/// The one-line message in the status bar: the last thing that happened, or what went wrong.
public struct StatusMessage: Equatable, Sendable {
    public var text: String
    public var isError: Bool

    public static func info(_ text: String) -> StatusMessage { StatusMessage(text: text, isError: false) }
    public static func error(_ text: String) -> StatusMessage { StatusMessage(text: text, isError: true) }
}
