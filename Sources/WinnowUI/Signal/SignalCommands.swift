import WinnowCore

/// What the signal keys do: move the cursor, zoom and pan the view, select events, and ask for
/// journal appends that place, move or delete them (each edit records the resulting position).
enum SignalCommands {
    static func perform(_ command: Command, on state: inout AppState) -> [AppEffect] {
        guard var view = state.signalView, let index = state.currentItemIndex, let run = state.items[index].signal,
              run.sampleCount > 0 else { return [] }
        let column = SignalLayout.samplesPerColumn(view, state)
        var effects: [AppEffect] = []
        switch command {
        case .eventNext, .eventPrevious:
            view.selectedEvent = nextEvent(after: view.selectedEvent, in: state.items[index], forward: command == .eventNext)
        case .eventMoveLeft, .eventMoveRight, .eventMoveLeftFar, .eventMoveRightFar:
            let columns = (command == .eventMoveLeftFar || command == .eventMoveRightFar) ? 10 : 1
            let step = (command == .eventMoveLeft || command == .eventMoveLeftFar ? -1 : 1) * columns * column
            if let type = view.selectedEvent, let event = event(type, of: state.items[index]) {
                effects = [edit(.eventSet(item: state.items[index].localID, event: at(event.sample + step, type, run)), state, index)]
            } else {
                moveCursor(&view, by: step, run: run)
            }
        case .eventPlaceEntry, .eventPlaceTransition, .eventPlaceExit:
            let type: SignalEventType = command == .eventPlaceEntry ? .entry : command == .eventPlaceTransition ? .transition : .exit
            effects = [edit(.eventSet(item: state.items[index].localID, event: at(view.cursor, type, run)), state, index)]
        case .eventDelete:
            guard let type = view.selectedEvent else {
                state.message = .info("no event selected (Tab selects one)")
                return []
            }
            effects = [edit(.eventDelete(item: state.items[index].localID, type: type), state, index)]
        case .cursorLeft: moveCursor(&view, by: -column, run: run)
        case .cursorRight: moveCursor(&view, by: column, run: run)
        case .cursorLeftFar: moveCursor(&view, by: -10 * column, run: run)
        case .cursorRightFar: moveCursor(&view, by: 10 * column, run: run)
        case .zoomIn: SignalZoom.zoom(&view, factor: 0.5, sampleCount: run.sampleCount)
        case .zoomOut: SignalZoom.zoom(&view, factor: 2, sampleCount: run.sampleCount)
        case .zoomReset: SignalZoom.reset(&view, sampleCount: run.sampleCount)
        case .panLeft: SignalZoom.pan(&view, by: -view.visibleCount / 2, sampleCount: run.sampleCount)
        case .panRight: SignalZoom.pan(&view, by: view.visibleCount / 2, sampleCount: run.sampleCount)
        case .toggleXAxis: view.xAxis = view.xAxis == .depth ? .sample : .depth
        default: break
        }
        state.signalView = view
        return effects
    }

    private static func edit(_ action: JournalAction, _ state: AppState, _ index: Int) -> AppEffect {
        .appendJournal(dataset: state.dataset(ofItem: index), action: action, origin: .edit)
    }

    /// The event placed at a sample, clamped to the run, with the depth there.
    static func at(_ sample: Int, _ type: SignalEventType, _ run: SignalRun) -> SignalEventPosition {
        let clamped = min(max(0, sample), run.sampleCount - 1)
        let depth = run.depth?[clamped] ?? Double(clamped)
        return SignalEventPosition(type: type, sample: clamped, positionMM: depth.isFinite ? depth : 0)
    }

    static func event(_ type: SignalEventType, of item: ReviewItem) -> SignalEventPosition? {
        item.labels.lazy.compactMap(\.event).first { $0.type == type }
    }

    private static func nextEvent(after current: SignalEventType?, in item: ReviewItem, forward: Bool) -> SignalEventType? {
        let present = item.labels.compactMap(\.event?.type).sorted()
        guard !present.isEmpty else { return nil }
        guard let current, let position = present.firstIndex(of: current) else { return forward ? present.first : present.last }
        return present[(position + (forward ? 1 : -1) + present.count) % present.count]
    }

    /// Moves the cursor, panning when it would leave the view.
    private static func moveCursor(_ view: inout SignalView, by step: Int, run: SignalRun) {
        view.cursor = min(max(0, view.cursor + step), run.sampleCount - 1)
        if view.cursor < view.first { SignalZoom.pan(&view, by: view.cursor - view.first, sampleCount: run.sampleCount) }
        if view.cursor > view.last { SignalZoom.pan(&view, by: view.cursor - view.last, sampleCount: run.sampleCount) }
    }
}
