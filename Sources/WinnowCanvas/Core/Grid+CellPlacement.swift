/// Writing single cells without leaving half a wide character behind: a terminal shows an
/// orphaned head or continuation as garbage, so overwriting either half blanks the other.
extension Grid {
    /// Sets one cell, blanking (in its own style) the other half of any wide character it
    /// overwrites. Out-of-bounds writes are ignored.
    mutating func place(_ cell: Cell, x: Int, y: Int) {
        guard contains(x: x, y: y) else { return }
        let index = y * width + x
        let old = cells[index]
        if old.width == 0 && cell.width != 0 && x > 0 && cells[index - 1].width == 2 {
            cells[index - 1] = Cell(" ", style: cells[index - 1].style)
        }
        if old.width == 2 && cell.width != 2 && x + 1 < width && cells[index + 1].width == 0 {
            cells[index + 1] = Cell(" ", style: cells[index + 1].style)
        }
        cells[index] = cell
    }
}
