/// A key as Winnow names it, independent of the terminal: what keymaps bind and scripts send.
public enum Key: Hashable, Sendable {
    case character(Character)
    case enter, escape, tab, backspace, delete, insert
    case up, down, left, right
    case home, end, pageUp, pageDown
    case function(Int)
}
