/// Screens built around a form: login, signup, profile, checkout.
extension ScreenCatalog {
    static func paintLogin(_ p: inout WidgetPainter) -> ScreenElement {
        p.windowChrome(titleWidth: 160)
        p.appHeader(y: 32, height: 56, withMenu: false)
        p.navLink(x: 1060, y: 56, width: 60)
        p.navLink(x: 1150, y: 56, width: 90)
        let card = PixelRect(x: 440, y: 170, width: 400, height: 440)
        p.panel(card)
        p.text(x: card.x + 40, y: card.y + 40, width: 180, height: 14)
        p.textField(PixelRect(x: card.x + 40, y: card.y + 110, width: 320, height: 40), category: "text_input")
        p.textField(PixelRect(x: card.x + 40, y: card.y + 190, width: 320, height: 40), category: "text_input")
        p.checkbox(x: card.x + 40, y: card.y + 254, checked: false, captionWidth: 110)
        let login = p.button(PixelRect(x: card.x + 40, y: card.y + 300, width: 320, height: 44), category: "login_button")
        p.navLink(x: card.x + 130, y: card.y + 378, width: 140)
        return login
    }

    static func paintSignup(_ p: inout WidgetPainter) -> ScreenElement {
        p.windowChrome(titleWidth: 200)
        p.appHeader(y: 32, height: 64, withMenu: false)
        let card = PixelRect(x: 290, y: 140, width: 700, height: 560)
        p.panel(card)
        p.text(x: card.x + 48, y: card.y + 40, width: 260, height: 16)
        p.paragraph(PixelRect(x: card.x + 48, y: card.y + 72, width: 560, height: 40))
        for row in 0..<2 {
            for column in 0..<2 {
                let field = PixelRect(x: card.x + 48 + column * 312, y: card.y + 160 + row * 96, width: 292, height: 42)
                p.textField(field, category: "text_input")
            }
        }
        p.textField(PixelRect(x: card.x + 48, y: card.y + 352, width: 604, height: 42), category: "text_input")
        p.checkbox(x: card.x + 48, y: card.y + 420, checked: true, captionWidth: 300)
        let submit = p.button(PixelRect(x: card.x + 492, y: card.y + 480, width: 160, height: 44), category: "submit_button")
        p.navLink(x: card.x + 48, y: card.y + 496, width: 150)
        return submit
    }

    static func paintProfile(_ p: inout WidgetPainter) -> ScreenElement {
        p.windowChrome(titleWidth: 140)
        p.appHeader(y: 32, height: 56, withMenu: true)
        for (i, width) in [70, 90, 80, 110].enumerated() {
            p.navLink(x: 200 + i * 150, y: 120, width: width, underline: i == 0)
        }
        let card = PixelRect(x: 180, y: 160, width: 920, height: 580)
        p.panel(card)
        p.avatar(centerX: card.x + 110, centerY: card.y + 110, radius: 56)
        p.text(x: card.x + 60, y: card.y + 200, width: 100, color: p.theme.mutedText)
        var target: ScreenElement? = nil
        for i in 0..<4 {
            let field = PixelRect(x: card.x + 240, y: card.y + 70 + i * 90, width: 560, height: 42)
            let element = p.textField(field, category: "text_input")
            if i == 1 { target = element }
        }
        p.button(PixelRect(x: card.x + 640, y: card.y + 470, width: 160, height: 44), category: "submit_button")
        p.button(PixelRect(x: card.x + 460, y: card.y + 470, width: 160, height: 44), category: "cancel_button",
                 primary: false)
        return target!
    }

    static func paintCheckout(_ p: inout WidgetPainter) -> ScreenElement {
        p.windowChrome(titleWidth: 180)
        p.appHeader(y: 32, height: 56, withMenu: false)
        p.navLink(x: 1120, y: 56, width: 110)
        let form = PixelRect(x: 80, y: 130, width: 680, height: 620)
        p.panel(form)
        p.text(x: form.x + 40, y: form.y + 36, width: 220, height: 16)
        p.textField(PixelRect(x: form.x + 40, y: form.y + 110, width: 600, height: 42), category: "text_input")
        p.textField(PixelRect(x: form.x + 40, y: form.y + 200, width: 600, height: 42), category: "text_input")
        p.textField(PixelRect(x: form.x + 40, y: form.y + 290, width: 290, height: 42), category: "text_input")
        p.textField(PixelRect(x: form.x + 350, y: form.y + 290, width: 290, height: 42), category: "text_input")
        p.checkbox(x: form.x + 40, y: form.y + 370, checked: true, captionWidth: 220)
        let pay = p.button(PixelRect(x: form.x + 40, y: form.y + 430, width: 600, height: 48), category: "submit_button")
        p.paragraph(PixelRect(x: form.x + 40, y: form.y + 510, width: 600, height: 60))
        let summary = PixelRect(x: 800, y: 130, width: 400, height: 380)
        p.panel(summary)
        p.text(x: summary.x + 32, y: summary.y + 32, width: 160, height: 14)
        for line in 0..<5 {
            p.text(x: summary.x + 32, y: summary.y + 90 + line * 44, width: 180, color: p.theme.mutedText)
            p.text(x: summary.x + 300, y: summary.y + 90 + line * 44, width: 60)
        }
        return pay
    }
}
