/// What a style is for, by stable name. Themes name roles, never widgets, so one theme file
/// restyles every pane that shows, say, a bad verdict.
public enum ThemeRole: String, CaseIterable, Sendable {
    case text
    case textDim = "text.dim"
    case paneBorder = "pane.border"
    case paneTitle = "pane.title"
    case selection
    case status
    case statusKey = "status.key"
    /// The mode tag at the left of the status bar (BOX, SIGNAL, FILTER).
    case statusMode = "status.mode"
    case messageInfo = "message.info"
    case messageError = "message.error"
    case tierHigh = "tier.high"
    case tierMedium = "tier.medium"
    case tierLow = "tier.low"
    case verdictGood = "verdict.good"
    case verdictBad = "verdict.bad"
    case verdictSkip = "verdict.skip"
    case verdictNone = "verdict.none"
    case boxSelected = "box.selected"
    /// A model's predicted box (corner marks) and its score.
    case boxPrediction = "box.prediction"
    case boxCategory1 = "box.category.1"
    case boxCategory2 = "box.category.2"
    case boxCategory3 = "box.category.3"
    case boxCategory4 = "box.category.4"
    case boxCategory5 = "box.category.5"
    case boxCategory6 = "box.category.6"
    case boxCategory7 = "box.category.7"
    case boxCategory8 = "box.category.8"
    case issueError = "issue.error"
    case issueWarning = "issue.warning"
    case issueInfo = "issue.info"
    case signalTorque = "signal.torque"
    case signalThrust = "signal.thrust"
    case signalStep = "signal.step"
    case signalCursor = "signal.cursor"
    case eventEntry = "event.entry"
    case eventTransition = "event.transition"
    case eventExit = "event.exit"
    case helpKey = "help.key"
    case helpHeading = "help.heading"

    /// The palette boxes take their category colors from.
    public static let boxPalette: [ThemeRole] = [
        .boxCategory1, .boxCategory2, .boxCategory3, .boxCategory4,
        .boxCategory5, .boxCategory6, .boxCategory7, .boxCategory8,
    ]
}
