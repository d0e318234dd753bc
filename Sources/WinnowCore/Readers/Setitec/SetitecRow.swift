/// One line of a header section as text cells, trailing empty cells dropped (lines are padded with
/// separators), so a blank line has no cells.
struct SetitecRow {
    let line: Int
    let cells: [String]

    var isBlank: Bool { cells.allSatisfy(\.isEmpty) }
}
