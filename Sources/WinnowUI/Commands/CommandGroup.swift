/// Headings of the help overlay, in display order.
public enum CommandGroup: String, CaseIterable, Sendable {
    case navigate = "Move"
    case decide = "Decide"
    case labels = "Labels"
    case model = "Model predictions"
    case text = "Text examples"
    case pairs = "Image pairs"
    case boxes = "Box mode"
    case events = "Signal events"
    case signalView = "Signal view"
    case app = "Screen"
    case prompts = "Prompts"
}
