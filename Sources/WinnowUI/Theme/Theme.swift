import WinnowCanvas

/// Styles by role, read from `Themes/*.theme`. Lines: `<role> [fg=COLOR] [bg=COLOR] [ATTR...]`
/// where COLOR is `default`, 0-255, `#rrggbb` or a name (red, bright-blue, ...) and ATTR is
/// bold, dim, italic, underline, reverse or blink. Roles a theme leaves out look like `text`.
public struct Theme: Sendable {
    public var name: String
    private var styles: [ThemeRole: Style] = [:]

    public init(name: String) { self.name = name }

    public subscript(role: ThemeRole) -> Style {
        get { styles[role] ?? styles[.text] ?? .plain }
        set { styles[role] = newValue }
    }

    /// True when no role uses color: the image pane then draws shades, boxes as lines.
    public var isMonochrome: Bool {
        styles.values.allSatisfy { $0.foreground == .terminalDefault && $0.background == .terminalDefault }
    }

    /// The same theme with every color dropped (for `NO_COLOR`), attributes kept.
    public func monochrome() -> Theme {
        var copy = self
        for (role, style) in styles { copy.styles[role] = Style(attributes: style.attributes) }
        return copy
    }

    public static func parse(_ text: String, name: String, file: String) throws(ThemeError) -> Theme {
        var theme = Theme(name: name)
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let words = raw.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            if words.isEmpty || words[0].hasPrefix("#") { continue }
            let fail = { (m: String) in ThemeError(file: file, line: offset + 1, message: m) }
            guard let role = ThemeRole(rawValue: words[0]) else { throw fail("unknown role '\(words[0])'") }
            var style = Style()
            for word in words.dropFirst() {
                if let spec = word.dropPrefix("fg=") {
                    guard let color = ThemeColor.parse(spec) else { throw fail("bad color '\(spec)'") }
                    style.foreground = color
                } else if let spec = word.dropPrefix("bg=") {
                    guard let color = ThemeColor.parse(spec) else { throw fail("bad color '\(spec)'") }
                    style.background = color
                } else if let attribute = ThemeColor.attribute(word) {
                    style.attributes.insert(attribute)
                } else {
                    throw fail("expected fg=COLOR, bg=COLOR or an attribute, found '\(word)'")
                }
            }
            theme[role] = style
        }
        return theme
    }
}

extension String {
    fileprivate func dropPrefix(_ prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
