/// Screens with a modal on top, and the dark code editor.
extension ScreenCatalog {
    static func paintConfirmDialog(_ p: inout WidgetPainter) -> ScreenElement {
        p.windowChrome(titleWidth: 170)
        p.appHeader(y: 32, height: 56, withMenu: true)
        p.sidebar(top: 88, width: 220, links: 6, selected: 1)
        p.paragraph(PixelRect(x: 260, y: 120, width: 960, height: 600), lineHeight: 28)
        p.dimBackground()
        return modal(&p, PixelRect(x: 400, y: 260, width: 480, height: 250), confirmCategory: "submit_button")
    }

    static func paintErrorDialog(_ p: inout WidgetPainter) -> ScreenElement {
        paintEditorBody(&p)
        p.dimBackground()
        let close = modal(&p, PixelRect(x: 420, y: 280, width: 440, height: 220), confirmCategory: "submit_button",
                          returnClose: true)
        return close
    }

    static func paintEditor(_ p: inout WidgetPainter) -> ScreenElement {
        paintEditorBody(&p)
    }

    /// Toolbar, file tree, tabs and coloured code lines; returns the menu icon.
    @discardableResult
    private static func paintEditorBody(_ p: inout WidgetPainter) -> ScreenElement {
        p.windowChrome(titleWidth: 220)
        let menu = p.appHeader(y: 32, height: 48, withMenu: true)!
        p.toolbarGlyphs(x: 220, y: 46, count: 6)
        p.sidebar(top: 80, width: 260, links: 12, selected: 4)
        for (i, width) in [110, 90, 130].enumerated() {
            p.navLink(x: 290 + i * 170, y: 98, width: width, underline: i == 0)
        }
        let palette = [p.theme.link, p.theme.accent, p.theme.text, p.theme.mutedText]
        for line in 0..<30 {
            let indent = [0, 24, 48, 24][line % 4]
            p.text(x: 330 + indent, y: 140 + line * 21, width: p.random.int(in: 120...620), height: 9,
                   color: palette[(line * 7) % palette.count])
        }
        return menu
    }

    /// A centred dialog with a title, message, close ✕, a cancel and a confirm button.
    private static func modal(_ p: inout WidgetPainter, _ box: PixelRect, confirmCategory: String,
                              returnClose: Bool = false) -> ScreenElement {
        p.panel(box)
        p.text(x: box.x + 28, y: box.y + 28, width: 180, height: 14)
        let close = p.closeIcon(PixelRect(x: box.maxX - 40, y: box.y + 20, width: 20, height: 20))
        p.paragraph(PixelRect(x: box.x + 28, y: box.y + 70, width: box.width - 56, height: 60))
        let confirm = p.button(PixelRect(x: box.maxX - 168, y: box.maxY - 70, width: 140, height: 42),
                               category: confirmCategory)
        p.button(PixelRect(x: box.maxX - 324, y: box.maxY - 70, width: 140, height: 42), category: "cancel_button",
                 primary: false)
        return returnClose ? close : confirm
    }
}
