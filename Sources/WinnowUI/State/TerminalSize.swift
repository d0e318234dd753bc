/// Columns and rows of the screen being rendered.
public struct TerminalSize: Equatable, Sendable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// Below this the panes do not fit; a note asks for a larger window.
    public static let minimum = TerminalSize(width: 60, height: 15)

    public var isTooSmall: Bool { width < Self.minimum.width || height < Self.minimum.height }
}
