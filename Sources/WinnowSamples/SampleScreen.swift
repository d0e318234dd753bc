/// One screenshot to generate: how to draw it, what the user did there, and which problems
/// its labels carry on purpose.
struct SampleScreen {
    let name: String
    let theme: ScreenTheme
    let activeStates: [String]
    let action: ScreenAction
    let defects: [DeliberateDefect]
    /// Draws the screen and returns the widget the action was aimed at.
    let paint: (inout WidgetPainter) -> ScreenElement

    init(_ name: String, theme: ScreenTheme, states: [String], action: ScreenAction,
         defects: [DeliberateDefect] = [], paint: @escaping (inout WidgetPainter) -> ScreenElement) {
        self.name = name
        self.theme = theme
        self.activeStates = states
        self.action = action
        self.defects = defects
        self.paint = paint
    }
}
