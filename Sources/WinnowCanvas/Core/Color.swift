/// A terminal color: the terminal's default, one of the 256 indexed colors, or 24-bit RGB.
/// Panes paint with whatever the theme names; the terminal layer maps RGB down to what the
/// terminal can show.
public enum Color: Hashable, Sendable {
    case terminalDefault
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)
}
