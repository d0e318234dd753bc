/// Screens built around lists and navigation: search results, settings, dashboard, inbox.
extension ScreenCatalog {
    static func paintSearchResults(_ p: inout WidgetPainter) -> ScreenElement {
        p.windowChrome(titleWidth: 180)
        p.appHeader(y: 32, height: 64, withMenu: true)
        let search = p.searchField(PixelRect(x: 300, y: 46, width: 600, height: 36))
        p.text(x: 40, y: 130, width: 90, height: 12)
        for i in 0..<5 {
            p.checkbox(x: 40, y: 170 + i * 40, checked: i == 1 || i == 3, captionWidth: 130)
        }
        for i in 0..<6 {
            let y = 130 + i * 104
            p.text(x: 300, y: y, width: 200, height: 7, color: p.theme.mutedText)
            p.navLink(x: 300, y: y + 20, width: p.random.int(in: 300...560))
            p.paragraph(PixelRect(x: 300, y: y + 46, width: 700, height: 40))
        }
        return search
    }

    static func paintSettings(_ p: inout WidgetPainter) -> ScreenElement {
        p.windowChrome(titleWidth: 150)
        p.appHeader(y: 32, height: 56, withMenu: true)
        p.sidebar(top: 88, width: 240, links: 7, selected: 2)
        let content = PixelRect(x: 280, y: 120, width: 900, height: 620)
        p.panel(content)
        p.text(x: content.x + 40, y: content.y + 36, width: 200, height: 16)
        var target: ScreenElement? = nil
        for i in 0..<5 {
            let box = p.checkbox(x: content.x + 40, y: content.y + 100 + i * 52, checked: i % 2 == 0, captionWidth: 260)
            p.text(x: content.x + 68, y: content.y + 124 + i * 52, width: 380, height: 6, color: p.theme.mutedText)
            if i == 3 { target = box }
        }
        p.textField(PixelRect(x: content.x + 40, y: content.y + 400, width: 420, height: 40), category: "text_input")
        p.button(PixelRect(x: content.x + 700, y: content.y + 540, width: 160, height: 44), category: "submit_button")
        p.button(PixelRect(x: content.x + 520, y: content.y + 540, width: 160, height: 44), category: "cancel_button",
                 primary: false)
        return target!
    }

    static func paintDashboard(_ p: inout WidgetPainter) -> ScreenElement {
        p.windowChrome(titleWidth: 170)
        p.appHeader(y: 32, height: 56, withMenu: true)
        p.searchField(PixelRect(x: 900, y: 42, width: 300, height: 36))
        let links = p.sidebar(top: 88, width: 220, links: 6, selected: 0)
        for i in 0..<4 {
            let card = PixelRect(x: 250 + i * 252, y: 112, width: 232, height: 120)
            p.panel(card)
            p.text(x: card.x + 20, y: card.y + 24, width: 100, color: p.theme.mutedText)
            p.text(x: card.x + 20, y: card.y + 56, width: 120, height: 22)
        }
        let chart = PixelRect(x: 250, y: 256, width: 1000, height: 300)
        p.panel(chart)
        for bar in 0..<24 {
            let height = p.random.int(in: 40...230)
            p.chartBar(PixelRect(x: chart.x + 30 + bar * 40, y: chart.maxY - 24 - height, width: 24, height: height))
        }
        let table = PixelRect(x: 250, y: 580, width: 1000, height: 200)
        p.panel(table)
        for row in 0..<4 {
            p.text(x: table.x + 24, y: table.y + 24 + row * 44, width: 800, color: p.theme.mutedText)
        }
        return links[3]
    }

    static func paintInbox(_ p: inout WidgetPainter) -> ScreenElement {
        p.windowChrome(titleWidth: 120)
        p.appHeader(y: 32, height: 56, withMenu: true)
        p.searchField(PixelRect(x: 280, y: 42, width: 520, height: 36))
        p.sidebar(top: 88, width: 240, links: 6, selected: 0)
        p.button(PixelRect(x: 20, y: 700, width: 200, height: 44), category: "submit_button")
        var target: ScreenElement? = nil
        for row in 0..<11 {
            let y = 96 + row * 62
            if row % 2 == 1 { p.stripe(PixelRect(x: 241, y: y, width: 1039, height: 62)) }
            let box = p.checkbox(x: 264, y: y + 22, checked: row == 2, captionWidth: 150)
            p.text(x: 500, y: y + 18, width: 420, height: 9)
            p.text(x: 500, y: y + 36, width: 560, height: 7, color: p.theme.mutedText)
            if row == 4 { target = box }
        }
        return target!
    }
}
