/// Where a binding applies. An overlay's context is tried first, then the pane's, then global.
public enum KeymapContext: String, CaseIterable, Sendable {
    case global
    case queue
    case help
}
