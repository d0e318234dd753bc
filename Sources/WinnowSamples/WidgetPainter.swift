/// Draws GUI widgets onto a canvas and remembers where each labelled one went, so the
/// annotations describe what is really on the screen.
struct WidgetPainter {
    private(set) var canvas: ScreenCanvas
    private(set) var elements: [ScreenElement] = []
    var random: SeededRandom
    let theme: ScreenTheme

    init(width: Int, height: Int, theme: ScreenTheme, seed: UInt64) {
        canvas = ScreenCanvas(width: width, height: height, background: theme.background)
        random = SeededRandom(seed: seed)
        self.theme = theme
    }

    private mutating func record(_ category: String, _ rect: PixelRect) -> ScreenElement {
        let element = ScreenElement(category: category, rect: rect)
        elements.append(element)
        return element
    }

    /// Text is drawn as word-shaped bars: screens need its look, not its letters.
    mutating func text(x: Int, y: Int, width: Int, height: Int = 8, color: PaintColor? = nil) {
        var cursor = x
        while cursor < x + width {
            let word = min(random.int(in: 14...58), x + width - cursor)
            if word >= 6 { canvas.fill(PixelRect(x: cursor, y: y, width: word, height: height), color ?? theme.text) }
            cursor += word + max(4, height / 2 + 1)
        }
    }

    /// The OS title bar with a 20x20 close button at the right.
    @discardableResult
    mutating func windowChrome(titleWidth: Int) -> ScreenElement {
        canvas.fill(PixelRect(x: 0, y: 0, width: canvas.width, height: 32), theme.chrome)
        canvas.fill(PixelRect(x: 0, y: 31, width: canvas.width, height: 1), theme.border)
        text(x: (canvas.width - titleWidth) / 2, y: 12, width: titleWidth, color: theme.mutedText)
        for (i, glyph) in [theme.mutedText, theme.mutedText].enumerated() {
            canvas.fill(PixelRect(x: canvas.width - 94 + i * 30, y: 15, width: 12, height: 2), glyph)
        }
        return closeIcon(PixelRect(x: canvas.width - 30, y: 6, width: 20, height: 20))
    }

    /// A ✕ glyph; recorded as a close button.
    @discardableResult
    mutating func closeIcon(_ rect: PixelRect) -> ScreenElement {
        let inner = rect.insetBy(5)
        canvas.line(from: (inner.x, inner.y), to: (inner.maxX - 1, inner.maxY - 1), thickness: 2, theme.text)
        canvas.line(from: (inner.maxX - 1, inner.y), to: (inner.x, inner.maxY - 1), thickness: 2, theme.text)
        return record("close_button", rect)
    }

    /// The app's top bar; returns the hamburger menu icon when it has one.
    @discardableResult
    mutating func appHeader(y: Int, height: Int, withMenu: Bool) -> ScreenElement? {
        canvas.fill(PixelRect(x: 0, y: y, width: canvas.width, height: height), theme.surface)
        canvas.fill(PixelRect(x: 0, y: y + height - 1, width: canvas.width, height: 1), theme.border)
        let logoX = withMenu ? 60 : 20
        canvas.fillRounded(PixelRect(x: logoX, y: y + height / 2 - 12, width: 24, height: 24), radius: 6, theme.accent)
        text(x: logoX + 34, y: y + height / 2 - 5, width: 90, height: 10)
        guard withMenu else { return nil }
        return menuIcon(PixelRect(x: 18, y: y + height / 2 - 12, width: 24, height: 24))
    }

    @discardableResult
    mutating func menuIcon(_ rect: PixelRect) -> ScreenElement {
        for bar in 0..<3 {
            canvas.fill(PixelRect(x: rect.x + 2, y: rect.y + 5 + bar * 6, width: rect.width - 4, height: 3), theme.text)
        }
        return record("menu_icon", rect)
    }

    @discardableResult
    mutating func button(_ rect: PixelRect, category: String, primary: Bool = true) -> ScreenElement {
        if primary {
            canvas.fillRounded(rect, radius: 6, theme.accent)
        } else {
            canvas.fillRounded(rect, radius: 6, theme.border)
            canvas.fillRounded(rect.insetBy(1), radius: 5, theme.surface)
        }
        let labelWidth = rect.width / 2
        text(x: rect.centerX - labelWidth / 2, y: rect.centerY - 4, width: labelWidth,
             color: primary ? theme.accentText : theme.text)
        return record(category, rect)
    }

    /// A labelled single-line input: caption above, placeholder inside.
    @discardableResult
    mutating func textField(_ rect: PixelRect, category: String, caption: Bool = true) -> ScreenElement {
        if caption { text(x: rect.x, y: rect.y - 18, width: rect.width / 3, height: 8) }
        canvas.fillRounded(rect, radius: 4, theme.border)
        canvas.fillRounded(rect.insetBy(1), radius: 3, theme.surface)
        text(x: rect.x + 12, y: rect.centerY - 4, width: rect.width / 2, color: theme.mutedText)
        return record(category, rect)
    }

    /// A rounded search box with a magnifier glyph at the left.
    @discardableResult
    mutating func searchField(_ rect: PixelRect) -> ScreenElement {
        canvas.fillRounded(rect, radius: rect.height / 2, theme.border)
        canvas.fillRounded(rect.insetBy(1), radius: rect.height / 2 - 1, theme.surface)
        let cx = rect.x + rect.height / 2 + 2, cy = rect.centerY - 2
        canvas.circle(centerX: cx, centerY: cy, radius: 6, thickness: 2, theme.mutedText)
        canvas.line(from: (cx + 5, cy + 5), to: (cx + 9, cy + 9), thickness: 2, theme.mutedText)
        text(x: cx + 16, y: rect.centerY - 4, width: rect.width / 3, color: theme.mutedText)
        return record("search_field", rect)
    }

    /// An 18x18 checkbox with a caption to its right.
    @discardableResult
    mutating func checkbox(x: Int, y: Int, checked: Bool, captionWidth: Int) -> ScreenElement {
        let box = PixelRect(x: x, y: y, width: 18, height: 18)
        if checked {
            canvas.fillRounded(box, radius: 3, theme.accent)
            canvas.line(from: (x + 4, y + 9), to: (x + 7, y + 13), thickness: 2, theme.accentText)
            canvas.line(from: (x + 7, y + 13), to: (x + 14, y + 5), thickness: 2, theme.accentText)
        } else {
            canvas.fillRounded(box, radius: 3, theme.border)
            canvas.fillRounded(box.insetBy(2), radius: 2, theme.surface)
        }
        text(x: x + 28, y: y + 5, width: captionWidth)
        return record("checkbox", box)
    }

    /// A link: coloured text with its clickable area recorded.
    @discardableResult
    mutating func navLink(x: Int, y: Int, width: Int, underline: Bool = false) -> ScreenElement {
        text(x: x, y: y, width: width, height: 9, color: theme.link)
        if underline { canvas.fill(PixelRect(x: x, y: y + 12, width: width, height: 1), theme.link) }
        return record("nav_link", PixelRect(x: x - 4, y: y - 5, width: width + 8, height: 20))
    }

    /// A left navigation column of links, one highlighted.
    @discardableResult
    mutating func sidebar(top: Int, width: Int, links: Int, selected: Int) -> [ScreenElement] {
        canvas.fill(PixelRect(x: 0, y: top, width: width, height: canvas.height - top), theme.surface)
        canvas.fill(PixelRect(x: width - 1, y: top, width: 1, height: canvas.height - top), theme.border)
        return (0..<links).map { i in
            let y = top + 28 + i * 44
            if i == selected {
                canvas.fillRounded(PixelRect(x: 10, y: y - 10, width: width - 20, height: 30), radius: 5,
                                   theme.accent.mixed(with: theme.surface, 0.85))
            }
            canvas.fillRounded(PixelRect(x: 22, y: y - 3, width: 14, height: 14), radius: 3, theme.mutedText)
            return navLink(x: 48, y: y, width: random.int(in: 70...(width - 80)))
        }
    }

    /// A raised card: 2px shadow, border, surface.
    mutating func panel(_ rect: PixelRect) {
        canvas.fillRounded(rect.offsetBy(dx: 0, dy: 2), radius: 8, theme.border.mixed(with: theme.text, 0.15))
        canvas.fillRounded(rect, radius: 8, theme.border)
        canvas.fillRounded(rect.insetBy(1), radius: 7, theme.surface)
    }

    /// Paragraph-like grey lines filling a box.
    mutating func paragraph(_ rect: PixelRect, lineHeight: Int = 18) {
        for y in stride(from: rect.y, to: rect.maxY - 8, by: lineHeight) {
            text(x: rect.x, y: y, width: random.int(in: rect.width * 2 / 3...rect.width), color: theme.mutedText)
        }
    }

    /// A round profile picture placeholder: head and shoulders on a tinted disc.
    mutating func avatar(centerX: Int, centerY: Int, radius: Int) {
        canvas.circle(centerX: centerX, centerY: centerY, radius: radius, thickness: radius,
                      theme.accent.mixed(with: theme.surface, 0.7))
        canvas.circle(centerX: centerX, centerY: centerY - radius / 4, radius: radius / 3, thickness: radius / 3,
                      theme.surface)
        canvas.fillRounded(PixelRect(x: centerX - radius / 2, y: centerY + radius / 4, width: radius, height: radius / 2),
                           radius: radius / 4, theme.surface)
    }

    /// A row of small toolbar glyphs (not labelled: a real label set misses some widgets too).
    mutating func toolbarGlyphs(x: Int, y: Int, count: Int) {
        for i in 0..<count {
            let glyph = PixelRect(x: x + i * 36, y: y, width: 20, height: 20)
            if i % 2 == 0 {
                canvas.fillRounded(glyph.insetBy(2), radius: 3, theme.mutedText)
            } else {
                canvas.circle(centerX: glyph.centerX, centerY: glyph.centerY, radius: 8, thickness: 2, theme.mutedText)
            }
        }
    }

    /// One bar of a bar chart.
    mutating func chartBar(_ rect: PixelRect) {
        canvas.fillRounded(rect, radius: 3, theme.accent.mixed(with: theme.surface, 0.25))
    }

    /// A zebra stripe behind a list row.
    mutating func stripe(_ rect: PixelRect) {
        canvas.fill(rect, theme.background)
    }

    /// Dims everything drawn so far, as a modal's backdrop does.
    mutating func dimBackground() { canvas.veil(PaintColor(0, 0, 0), amount: 0.45) }
}
