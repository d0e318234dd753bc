/// Where a binding applies. An overlay's context is tried first, then the pane's, then global.
public enum KeymapContext: String, CaseIterable, Sendable {
    case global
    case queue
    /// Keys that apply while a drill run is shown (tried before `queue`).
    case signal
    /// Keys that apply while a text example is shown (tried before `queue`).
    case text
    /// Keys that apply while an image pair is shown (tried before `queue`).
    case pair
    /// Box mode on a screenshot (tried before `global`; the queue keys do not apply).
    case box
    case help
    /// The status-bar prompts: filter, note, category and reason pickers, batch confirmation.
    case prompt
    /// While the data loads.
    case loading
}
