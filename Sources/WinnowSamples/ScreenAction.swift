/// The recorded user action that produced a screenshot (the manifest's action fields).
struct ScreenAction {
    /// `CLICK`, `TYPE` or `SCROLL`, as the capture tool writes it.
    let type: String
    let success: Bool

    static let click = ScreenAction(type: "CLICK", success: true)
    static let type = ScreenAction(type: "TYPE", success: true)
    static let failedClick = ScreenAction(type: "CLICK", success: false)
}
