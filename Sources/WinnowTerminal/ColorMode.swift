/// What the terminal can show. `mono` keeps attributes (bold, reverse, ...) and drops colors.
public enum ColorMode: Sendable {
    case mono, ansi16, indexed256, direct

    /// The mode for a terminal reporting `colors` palette entries.
    init(paletteSize colors: Int) {
        switch colors {
        case (1 << 24)...: self = .direct
        case 256...: self = .indexed256
        case 8...: self = .ansi16
        default: self = .mono
        }
    }
}
