/// Everything a key can do, by stable id. Keymaps bind keys to these ids; the help overlay,
/// the README key table and keymap validation all come from this one list.
public enum Command: String, CaseIterable, Sendable {
    case queueNext = "queue.next"
    case queuePrevious = "queue.prev"
    case queuePageDown = "queue.page-down"
    case queuePageUp = "queue.page-up"
    case queueFirst = "queue.first"
    case queueLast = "queue.last"
    case verdictGood = "verdict.good"
    case verdictBad = "verdict.bad"
    case verdictSkip = "verdict.skip"
    case historyUndo = "history.undo"
    case historyRedo = "history.redo"
    case labelNext = "label.next"
    case labelPrevious = "label.prev"
    case helpToggle = "help.toggle"
    case helpClose = "help.close"
    case viewRedraw = "view.redraw"
    case appQuit = "app.quit"

    public var id: String { rawValue }

    /// One line for the help overlay.
    public var help: String {
        switch self {
        case .queueNext: return "next item"
        case .queuePrevious: return "previous item"
        case .queuePageDown: return "page down the queue"
        case .queuePageUp: return "page up the queue"
        case .queueFirst: return "first item"
        case .queueLast: return "last item"
        case .verdictGood: return "mark good, go to next"
        case .verdictBad: return "mark bad, go to next"
        case .verdictSkip: return "skip, go to next"
        case .historyUndo: return "undo your last verdict"
        case .historyRedo: return "redo what you undid"
        case .labelNext: return "select next label"
        case .labelPrevious: return "select previous label"
        case .helpToggle: return "show or hide this help"
        case .helpClose: return "close help"
        case .viewRedraw: return "repaint the screen"
        case .appQuit: return "quit (everything is already saved)"
        }
    }

    public var group: CommandGroup {
        switch self {
        case .queueNext, .queuePrevious, .queuePageDown, .queuePageUp, .queueFirst, .queueLast: return .navigate
        case .verdictGood, .verdictBad, .verdictSkip, .historyUndo, .historyRedo: return .decide
        case .labelNext, .labelPrevious: return .labels
        case .helpToggle, .helpClose, .viewRedraw, .appQuit: return .app
        }
    }

    public init?(id: String) { self.init(rawValue: id) }
}
