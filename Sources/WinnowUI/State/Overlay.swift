/// What is drawn over the panes, if anything.
public enum Overlay: Equatable, Sendable {
    case none
    case help
    case stats
    /// Accept these items as good? (y confirms, any other key cancels.)
    case confirmBatch(items: [Int])
    /// Which reason for the bad verdict? (a digit picks one of `AppState.reasons`, anything else cancels.)
    case reasonPicker
    /// Relabelling the selected box: what is typed so far filters the categories.
    case categoryPicker(LineDraft)
    /// A one-line text prompt in the status bar (the filter after `/`), with what is typed so far.
    case filterPrompt(LineDraft)
}
