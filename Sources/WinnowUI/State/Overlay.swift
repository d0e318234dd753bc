/// What is drawn over the panes, if anything.
public enum Overlay: Equatable, Sendable {
    case none
    case help
}
