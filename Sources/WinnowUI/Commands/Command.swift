/// Everything a key can do, by stable id. Keymaps bind keys to these ids; the help overlay,
/// the README key table and keymap validation all come from this one list.
public enum Command: String, CaseIterable, Sendable {
    case queueNext = "queue.next"
    case queuePrevious = "queue.prev"
    case queuePageDown = "queue.page-down"
    case queuePageUp = "queue.page-up"
    case queueFirst = "queue.first"
    case queueLast = "queue.last"
    case queueSwitch = "queue.switch"
    case filterOpen = "filter.open"
    case verdictGood = "verdict.good"
    case verdictBad = "verdict.bad"
    case verdictSkip = "verdict.skip"
    case historyUndo = "history.undo"
    case historyRedo = "history.redo"
    case verdictBadReason = "verdict.bad-reason"
    case itemFlag = "item.flag"
    case itemNote = "item.note"
    case labelNext = "label.next"
    case labelPrevious = "label.prev"
    case boxMode = "box.mode"
    case boxLeave = "box.leave"
    case boxNext = "box.next"
    case boxPrevious = "box.prev"
    case boxLeft = "box.move-left"
    case boxRight = "box.move-right"
    case boxUp = "box.move-up"
    case boxDown = "box.move-down"
    case boxGrowRight = "box.right-edge-out"
    case boxShrinkRight = "box.right-edge-in"
    case boxGrowDown = "box.bottom-edge-out"
    case boxShrinkDown = "box.bottom-edge-in"
    case boxGrowLeft = "box.left-edge-out"
    case boxShrinkLeft = "box.left-edge-in"
    case boxGrowUp = "box.top-edge-out"
    case boxShrinkUp = "box.top-edge-in"
    case boxStepFiner = "box.step-finer"
    case boxStepCoarser = "box.step-coarser"
    case boxAdd = "box.add"
    case boxDelete = "box.delete"
    case boxAccept = "box.accept"
    case boxReject = "box.reject"
    case boxOnlySelected = "box.only-selected"
    case boxCategory = "box.category"
    case boxZoom = "box.zoom"
    case eventNext = "event.next"
    case eventPrevious = "event.prev"
    case eventMoveLeft = "event.move-left"
    case eventMoveRight = "event.move-right"
    case eventMoveLeftFar = "event.move-left-10"
    case eventMoveRightFar = "event.move-right-10"
    case eventPlaceEntry = "event.place-entry"
    case eventPlaceTransition = "event.place-transition"
    case eventPlaceExit = "event.place-exit"
    case eventDelete = "event.delete"
    case cursorLeft = "signal.cursor-left"
    case cursorRight = "signal.cursor-right"
    case cursorLeftFar = "signal.cursor-left-10"
    case cursorRightFar = "signal.cursor-right-10"
    case zoomIn = "signal.zoom-in"
    case zoomOut = "signal.zoom-out"
    case zoomReset = "signal.zoom-reset"
    case panLeft = "signal.pan-left"
    case panRight = "signal.pan-right"
    case toggleXAxis = "signal.x-axis"
    case auditDraw = "audit.draw"
    case batchAccept = "batch.accept"
    case statsToggle = "stats.toggle"
    case helpToggle = "help.toggle"
    case helpClose = "help.close"
    case helpScrollDown = "help.scroll-down"
    case helpScrollUp = "help.scroll-up"
    case viewRedraw = "view.redraw"
    case viewToggleQueue = "view.toggle-queue"
    case viewToggleDetails = "view.toggle-details"
    case appQuit = "app.quit"
    case promptSubmit = "prompt.submit"
    case promptCancel = "prompt.cancel"
    case promptErase = "prompt.erase"
    case promptConfirm = "prompt.confirm"
    case promptPick1 = "prompt.pick-1"
    case promptPick2 = "prompt.pick-2"
    case promptPick3 = "prompt.pick-3"
    case promptPick4 = "prompt.pick-4"
    case promptPick5 = "prompt.pick-5"
    case promptPick6 = "prompt.pick-6"
    case promptPick7 = "prompt.pick-7"
    case promptPick8 = "prompt.pick-8"
    case promptPick9 = "prompt.pick-9"

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
        case .queueSwitch: return "next queue: triage, high, medium, low, flagged, disagreements, audit, all"
        case .filterOpen: return "filter the queue (e.g. tier:low cat:button conf<0.8); empty clears"
        case .verdictGood: return "mark good, go to next"
        case .verdictBad: return "mark bad, go to next"
        case .verdictSkip: return "skip, go to next"
        case .historyUndo: return "undo your last verdict"
        case .historyRedo: return "redo what you undid"
        case .itemFlag: return "flag or unflag for a second look"
        case .itemNote: return "type a note (Enter saves, Esc drops)"
        case .labelNext: return "select next label"
        case .labelPrevious: return "select previous label"
        case .boxMode: return "edit boxes: arrows move, Shift/Ctrl move edges, [ ] step"
        case .boxLeave: return "leave box mode"
        case .boxNext: return "select the next box (left to right, top to bottom)"
        case .boxPrevious: return "select the previous box"
        case .boxLeft: return "move the box left by the step"
        case .boxRight: return "move the box right by the step"
        case .boxUp: return "move the box up by the step"
        case .boxDown: return "move the box down by the step"
        case .boxGrowRight: return "right edge out (wider)"
        case .boxShrinkRight: return "right edge in (narrower)"
        case .boxGrowDown: return "bottom edge out (taller)"
        case .boxShrinkDown: return "bottom edge in (shorter)"
        case .boxGrowLeft: return "left edge out (wider)"
        case .boxShrinkLeft: return "left edge in (narrower)"
        case .boxGrowUp: return "top edge out (taller)"
        case .boxShrinkUp: return "top edge in (shorter)"
        case .boxStepFiner: return "halve the step (down to 1 px)"
        case .boxStepCoarser: return "double the step"
        case .boxAdd: return "add a 50x50 box at the image center"
        case .boxDelete: return "delete the selected box"
        case .boxAccept: return "accept the selected box (verified)"
        case .boxReject: return "reject the selected box (left out of exports)"
        case .boxOnlySelected: return "show only the selected box, or all"
        case .boxZoom: return "zoom into the selected box (up to 1 image px per half block), or back"
        case .boxCategory: return "relabel the box: 1-9 pick, typing filters, Enter takes the first or a new name"
        case .eventNext: return "select next event"
        case .eventPrevious: return "select previous event"
        case .eventMoveLeft: return "move the event one column left (the cursor, if none is selected)"
        case .eventMoveRight: return "move the event one column right (the cursor, if none is selected)"
        case .eventMoveLeftFar: return "move the event ten columns left"
        case .eventMoveRightFar: return "move the event ten columns right"
        case .eventPlaceEntry: return "place the entry event at the cursor"
        case .eventPlaceTransition: return "place the transition event at the cursor"
        case .eventPlaceExit: return "place the exit event at the cursor"
        case .eventDelete: return "delete the selected event"
        case .cursorLeft: return "cursor one column left"
        case .cursorRight: return "cursor one column right"
        case .cursorLeftFar: return "cursor ten columns left"
        case .cursorRightFar: return "cursor ten columns right"
        case .zoomIn: return "zoom in around the cursor"
        case .zoomOut: return "zoom out"
        case .zoomReset: return "show the whole run"
        case .panLeft: return "pan left"
        case .panRight: return "pan right"
        case .toggleXAxis: return "x axis: depth (mm) or sample index"
        case .verdictBadReason: return "mark bad with a reason from .winnow/config (digit picks it)"
        case .auditDraw: return "draw an audit sample of 20 from the tier shown (or the current item's tier)"
        case .batchAccept: return "accept every unreviewed item of this queue as good (asks first; one undo)"
        case .statsToggle: return "stats: tier x verdict, categories, confidence histogram, throughput"
        case .helpToggle: return "show or hide this help"
        case .helpClose: return "close help"
        case .helpScrollDown: return "scroll help down"
        case .helpScrollUp: return "scroll help up"
        case .viewRedraw: return "repaint the screen"
        case .viewToggleQueue: return "show or hide the queue pane (remembered)"
        case .viewToggleDetails: return "show or hide the details pane (remembered; folded below 120 columns)"
        case .appQuit: return "quit (everything is already saved)"
        case .promptSubmit: return "apply the filter, save the note, take the first category"
        case .promptCancel: return "leave the prompt without a change"
        case .promptErase: return "erase the last character typed"
        case .promptConfirm: return "confirm a batch accept (any other key cancels)"
        case .promptPick1, .promptPick2, .promptPick3, .promptPick4, .promptPick5, .promptPick6, .promptPick7, .promptPick8, .promptPick9:
            return "pick choice \(pickNumber!) of the reasons or categories shown"
        }
    }

    public var group: CommandGroup {
        switch self {
        case .queueNext, .queuePrevious, .queuePageDown, .queuePageUp, .queueFirst, .queueLast, .queueSwitch, .filterOpen:
            return .navigate
        case .verdictGood, .verdictBad, .verdictSkip, .historyUndo, .historyRedo, .itemFlag, .itemNote, .auditDraw, .batchAccept, .verdictBadReason:
            return .decide
        case .labelNext, .labelPrevious: return .labels
        case .boxMode, .boxLeave, .boxNext, .boxPrevious, .boxLeft, .boxRight, .boxUp, .boxDown, .boxGrowRight, .boxShrinkRight, .boxGrowDown, .boxShrinkDown, .boxGrowLeft, .boxShrinkLeft, .boxGrowUp, .boxShrinkUp, .boxStepFiner, .boxStepCoarser, .boxAdd, .boxDelete, .boxAccept, .boxReject, .boxOnlySelected, .boxCategory, .boxZoom:
            return .boxes
        case .eventNext, .eventPrevious, .eventMoveLeft, .eventMoveRight, .eventMoveLeftFar, .eventMoveRightFar,
             .eventPlaceEntry, .eventPlaceTransition, .eventPlaceExit, .eventDelete: return .events
        case .cursorLeft, .cursorRight, .cursorLeftFar, .cursorRightFar, .zoomIn, .zoomOut, .zoomReset,
             .panLeft, .panRight, .toggleXAxis: return .signalView
        case .helpToggle, .helpClose, .helpScrollDown, .helpScrollUp, .statsToggle, .viewRedraw, .viewToggleQueue, .viewToggleDetails, .appQuit:
            return .app
        case .promptSubmit, .promptCancel, .promptErase, .promptConfirm, .promptPick1, .promptPick2, .promptPick3, .promptPick4,
             .promptPick5, .promptPick6, .promptPick7, .promptPick8, .promptPick9: return .prompts
        }
    }

    public init?(id: String) { self.init(rawValue: id) }

    /// 1-9 for `prompt.pick-N`.
    public var pickNumber: Int? {
        guard rawValue.hasPrefix("prompt.pick-") else { return nil }
        return Int(rawValue.dropFirst("prompt.pick-".count))
    }
}
