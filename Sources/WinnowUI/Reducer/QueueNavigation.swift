/// Moving the cursor through the queue, keeping it on screen.
enum QueueNavigation {
    static func move(_ state: inout AppState, by step: Int) {
        moveTo(&state, position: state.cursor + step)
    }

    static func moveTo(_ state: inout AppState, position: Int) {
        guard !state.queue.isEmpty else { return }
        let clamped = min(max(0, position), state.queue.count - 1)
        if clamped != state.cursor {
            state.cursor = clamped
            itemChanged(&state)
        }
        scrollIntoView(&state)
    }

    /// A new current item starts with its first label selected and its whole signal in view.
    static func itemChanged(_ state: inout AppState) {
        state.selectedLabel = (state.currentItem?.labels.isEmpty ?? true) ? nil : 0
        state.signalView = state.currentItem?.signal.map { SignalView(sampleCount: $0.sampleCount) }
        state.boxEditor = nil
        state.textScroll = 0
        state.textCursor = 0
        state.pairZoom = nil
        state.selectedDisagreement = (state.currentItem?.disagreements.isEmpty ?? true) ? nil : 0
    }

    static func moveTo(item: Int, _ state: inout AppState) {
        if let position = state.queue.firstIndex(of: item) { moveTo(&state, position: position) }
    }

    /// Rows the queue pane shows at the current size.
    static func pageSize(_ state: AppState) -> Int {
        max(1, (WorkstationLayout(state)?.queue?.height ?? 3) - 2)
    }

    static func scrollIntoView(_ state: inout AppState) {
        let rows = pageSize(state)
        if state.cursor < state.queueScroll { state.queueScroll = state.cursor }
        if state.cursor >= state.queueScroll + rows { state.queueScroll = state.cursor - rows + 1 }
        state.queueScroll = max(0, min(state.queueScroll, max(0, state.queue.count - rows)))
    }
}
