/// The sample screens, in manifest order. Drawing code lives in the `ScreenCatalog+*` files.
enum ScreenCatalog {
    static var all: [SampleScreen] { [
        SampleScreen("login", theme: .light, states: ["Login"], action: .click, paint: paintLogin),
        SampleScreen("search_results", theme: .light, states: ["Search", "Results"], action: .type,
                     defects: [.zeroAreaBox], paint: paintSearchResults),
        SampleScreen("settings", theme: .light, states: ["Settings"], action: .click, paint: paintSettings),
        SampleScreen("signup", theme: .warm, states: ["Signup"], action: .click,
                     defects: [.nearDuplicateBoxes], paint: paintSignup),
        SampleScreen("dashboard", theme: .light, states: ["Dashboard"], action: .click,
                     defects: [.boxPartlyOutside], paint: paintDashboard),
        SampleScreen("confirm_dialog", theme: .light, states: ["Dashboard", "ConfirmDelete"], action: .click,
                     paint: paintConfirmDialog),
        SampleScreen("inbox", theme: .light, states: ["Inbox"], action: .click,
                     defects: [.unknownImageSize], paint: paintInbox),
        SampleScreen("profile", theme: .warm, states: ["Profile", "Editing"], action: .type, paint: paintProfile),
        SampleScreen("checkout", theme: .light, states: ["Checkout"], action: .failedClick, paint: paintCheckout),
        SampleScreen("editor", theme: .dark, states: ["Editor"], action: .click, paint: paintEditor),
        SampleScreen("error_dialog", theme: .dark, states: ["Editor", "Error"], action: .click,
                     defects: [.missingImageFile], paint: paintErrorDialog),
    ] }
}
