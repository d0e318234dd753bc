import CNcursesw
import WinnowCanvas

/// The curses WA_* bit for each text attribute.
struct CursesAttributeBits: Sendable {
    let bold, dim, italic, underline, reverse, blink: attr_t

    func bits(for attributes: TextAttributes) -> attr_t {
        guard !attributes.isEmpty else { return 0 }
        var bits: attr_t = 0
        if attributes.contains(.bold) { bits |= bold }
        if attributes.contains(.dim) { bits |= dim }
        if attributes.contains(.italic) { bits |= italic }
        if attributes.contains(.underline) { bits |= underline }
        if attributes.contains(.reverse) { bits |= reverse }
        if attributes.contains(.blink) { bits |= blink }
        return bits
    }
}
