/// One terminal cell. A wide character occupies its cell and the next; the next one is a
/// continuation cell (`width == 0`) that the terminal layer skips.
public struct Cell: Hashable, Sendable {
    public var symbol: Character
    public var style: Style
    /// Columns the symbol takes: 1 normally, 2 for a wide character, 0 for a continuation cell.
    public var width: UInt8

    public init(_ symbol: Character = " ", style: Style = .plain, width: UInt8 = 1) {
        self.symbol = symbol
        self.style = style
        self.width = width
    }

    public static let blank = Cell()
    static let continuation = Cell(" ", width: 0)
}
