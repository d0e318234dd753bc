import WinnowCanvas
import WinnowCore

/// The whole app logic as one pure function: an action changes the state and asks for effects.
public enum AppReducer {
    public static func reduce(_ state: inout AppState, _ action: AppAction) -> [AppEffect] {
        let before = state.position
        let effects = reduceAction(&state, action) + ThumbnailPlanner.plan(&state)
        guard let after = state.position, after != before else { return effects }
        let claim: AppEffect = .claim(item: state.queueName == .triage ? state.currentItemIndex : nil)
        return effects + [.rememberPosition(after), claim]
    }

    private static func reduceAction(_ state: inout AppState, _ action: AppAction) -> [AppEffect] {
        var effects: [AppEffect]
        switch action {
        case .key(let key) where state.noteDraft != nil:
            effects = NoteEntry.handle(key, &state)
        case .key(let key):
            if case .filterPrompt(let line) = state.overlay { return FilterPrompt.handle(key, line: line, state: &state) }
            if case .confirmBatch(let items) = state.overlay { return BatchAccept.confirm(key, items: items, state: &state) }
            if state.overlay == .reasonPicker { return ReasonPicker.pick(key, state: &state) }
            if case .categoryPicker(let line) = state.overlay { return CategoryPicker.handle(key, line: line, state: &state) }
            guard let command = state.keymap.resolve(key, in: contexts(of: state)) else {
                if state.overlay == .help || state.overlay == .stats {
                    state.overlay = .none
                } else {
                    state.message = .info(unusedKeyMessage(key, state))
                }
                return []
            }
            effects = perform(command, on: &state)
        case .command(let command):
            effects = perform(command, on: &state)
        case .resized(let size):
            state.size = size
            effects = [.redraw]
        case .started:
            effects = state.queueName == .triage ? [.claim(item: state.currentItemIndex)] : []
        case .journaled(let dataset, let events, let origin):
            effects = []
            journaled(events, dataset: dataset, origin: origin, state: &state)
        case .journalFailed(let message):
            state.message = .error(message)
            effects = []
        case .externalEvents(let events):
            for (dataset, event) in events { state.apply(event, dataset: dataset) }
            effects = []
        case .thumbnailReady(let key, let image):
            state.thumbnails[key] = image
            state.requestedThumbnails.remove(key)
            ThumbnailPlanner.evictFar(&state)
            effects = []
        case .claimedByOther(let item, let reviewer):
            effects = []
            guard state.currentItemIndex == item, state.queueName == .triage, state.cursor + 1 < state.queue.count else { break }
            state.message = .info("skipped \(state.items[item].id): \(reviewer) is reviewing it")
            QueueNavigation.move(&state, by: 1)
        case .textEdited(let item, let field, let result):
            NoteEntry.edited(item: item, field: field, result: result, &state)
            effects = [.redraw]
        case .imageFailed(let item, let message):
            state.imageFailures[item] = message
            effects = []
        case .issuesFound(let found):
            for (index, issues) in found where state.itemIssues.indices.contains(index) { state.itemIssues[index] += issues }
            effects = []
        case .savedLocally(let waiting):
            state.message = .info("saved locally, \(waiting) waiting")  // for the journal database; short enough for 80 columns
            effects = []
        case .backgroundWork(let note):
            state.backgroundWork = note
            effects = []
        }
        return effects
    }

    /// Overlay first, then the pane, then global bindings.
    static func contexts(of state: AppState) -> [KeymapContext] {
        if state.overlay == .help || state.overlay == .stats { return [.help, .global] }
        return paneContexts(of: state)
    }

    /// The keys of the pane in view, overlays aside: box mode, a drill run, or the queue.
    static func paneContexts(of state: AppState) -> [KeymapContext] {
        if state.boxEditor != nil { return [.box, .global] }
        if state.signalView != nil { return [.signal, .queue, .global] }
        switch state.currentItem?.kind {
        case .text?: return [.text, .queue, .global]
        case .pair?: return [.pair, .queue, .global]
        default: return [.queue, .global]
        }
    }

    /// Why a key did nothing, short enough for the status bar at 80 columns: it belongs to
    /// another mode, or to none.
    static func unusedKeyMessage(_ key: KeyEvent, _ state: AppState) -> String {
        let name = KeyNotation.name(of: key)
        let keymap = state.keymap
        if state.boxEditor != nil, keymap.resolve(key, in: [.queue, .signal]) != nil {
            return "\(name): not in box mode" + (keymap.firstKey(for: .boxLeave).map { " (\($0) leaves)" } ?? "")
        }
        if state.boxEditor == nil, keymap.resolve(key, in: [.box]) != nil {
            return "\(name): box mode only" + (keymap.firstKey(for: .boxMode).map { " (\($0) enters)" } ?? "")
        }
        if state.signalView == nil, keymap.resolve(key, in: [.signal]) != nil { return "\(name): drill runs only" }
        return "\(name) does nothing here" + (keymap.firstKey(for: .helpToggle).map { " (\($0): keys)" } ?? "")
    }

    /// The prompt command a key stands for, if any.
    static func promptCommand(_ key: KeyEvent, _ state: AppState) -> Command? {
        state.keymap.resolve(key, in: [.prompt])
    }

    private static func perform(_ command: Command, on state: inout AppState) -> [AppEffect] {
        switch command {
        case .queueNext: QueueNavigation.move(&state, by: 1)
        case .queuePrevious: QueueNavigation.move(&state, by: -1)
        case .queuePageDown: QueueNavigation.move(&state, by: QueueNavigation.pageSize(state))
        case .queuePageUp: QueueNavigation.move(&state, by: -QueueNavigation.pageSize(state))
        case .queueFirst: QueueNavigation.moveTo(&state, position: 0)
        case .queueLast: QueueNavigation.moveTo(&state, position: state.queue.count - 1)
        case .queueSwitch:
            state.queueName = QueueBuilder.nextQueue(after: state.queueName, state)
            QueueBuilder.rebuild(&state)
            state.message = .info("queue: \(state.queueName.rawValue) (\(state.queue.count) items)")
        case .filterOpen: state.overlay = .filterPrompt(LineDraft(state.filter.text))
        case .verdictGood: return verdict(.good, &state)
        case .verdictBad: return verdict(.bad, &state)
        case .verdictSkip: return verdict(.skip, &state)
        case .historyUndo: return undo(&state)
        case .itemFlag: return flag(&state)
        case .itemNote: NoteEntry.start(&state)
        case .historyRedo: return redo(&state)
        case .labelNext: selectLabel(&state, by: 1)
        case .labelPrevious: selectLabel(&state, by: -1)
        case .helpToggle:
            state.overlay = state.overlay == .help ? .none : .help
            state.helpScroll = 0
        case .helpClose: state.overlay = .none
        case .verdictBadReason: ReasonPicker.open(&state)
        case .auditDraw: return BatchAccept.drawAudit(&state)
        case .textScrollDown: state.textScroll = min(TextPane.maxScroll(state), state.textScroll + max(1, state.size.height / 2))
        case .textScrollUp: state.textScroll = max(0, state.textScroll - max(1, state.size.height / 2))
        case .textCursorLeft, .textCursorRight, .spanAdd, .spanDelete, .spanStartLeft, .spanStartRight, .spanEndLeft, .spanEndRight,
             .spanStartLeftCharacter, .spanStartRightCharacter, .spanEndLeftCharacter, .spanEndRightCharacter:
            return SpanCommands.perform(command, on: &state)
        case .labelCategory:
            guard state.selectedLabel != nil, state.currentItem?.kind == .text else {
                state.message = .info("no label selected (Tab selects one)")
                return []
            }
            state.overlay = .categoryPicker(LineDraft())
        case .pairDifference, .pairZoomIn, .pairZoomOut, .pairPanLeft, .pairPanRight, .pairPanUp, .pairPanDown:
            PairCommands.perform(command, on: &state)
        case .textEdit:
            guard let index = state.currentItemIndex, let field = state.items[index].editableField else {
                state.message = .info("nothing to correct here")
                return []
            }
            return [.editText(item: index, field: field.name, text: field.text)]
        case .predictionToggle, .predictionNext, .predictionPrevious, .predictionAdopt, .predictionAdoptAll, .predictionRejectLabel,
             .predictionRelabel:
            return PredictionCommands.perform(command, on: &state)
        case .batchAccept: BatchAccept.ask(&state)
        case .statsToggle:
            state.overlay = state.overlay == .stats ? .none : .stats
            if state.overlay == .stats { state.predictionStats = PredictionStats(items: state.items, thresholds: state.thresholds) }
        case .helpScrollDown: state.helpScroll += HelpOverlay.scrollStep
        case .helpScrollUp: state.helpScroll = max(0, state.helpScroll - HelpOverlay.scrollStep)
        case .viewRedraw: return [.redraw]
        case .viewToggleQueue, .viewToggleDetails: return togglePane(command, &state)
        case .boxMode, .boxLeave, .boxNext, .boxPrevious, .boxLeft, .boxRight, .boxUp, .boxDown, .boxGrowRight,
             .boxShrinkRight, .boxGrowDown, .boxShrinkDown, .boxGrowLeft, .boxShrinkLeft, .boxGrowUp, .boxShrinkUp,
             .boxStepFiner, .boxStepCoarser, .boxAdd, .boxDelete, .boxAccept, .boxReject, .boxOnlySelected, .boxCategory, .boxZoom:
            return BoxCommands.perform(command, on: &state)
        case .eventNext, .eventPrevious, .eventMoveLeft, .eventMoveRight, .eventMoveLeftFar, .eventMoveRightFar,
             .eventPlaceEntry, .eventPlaceTransition, .eventPlaceExit, .eventDelete, .cursorLeft, .cursorRight,
             .cursorLeftFar, .cursorRightFar, .zoomIn, .zoomOut, .zoomReset, .panLeft, .panRight, .toggleXAxis:
            return SignalCommands.perform(command, on: &state)
        case .appQuit:
            state.quitting = true
            return [.quit]
        case .promptSubmit, .promptCancel, .promptErase, .promptClear, .promptDeleteWord, .promptHome, .promptEnd, .promptLeft, .promptRight,
             .promptConfirm, .promptPick1, .promptPick2, .promptPick3, .promptPick4,
             .promptPick5, .promptPick6, .promptPick7, .promptPick8, .promptPick9:
            break  // only the prompts read these
        }
        return []
    }

    /// Shows or hides a side pane; the image is planned again for the new width, and the choice is
    /// remembered with the position.
    private static func togglePane(_ command: Command, _ state: inout AppState) -> [AppEffect] {
        let shown = WorkstationLayout(state)
        if command == .viewToggleQueue {
            state.sidePanes.queue = shown?.queue == nil
        } else {
            state.sidePanes.details = shown?.validation == nil
        }
        return []
    }

    static func verdict(_ verdict: Verdict, _ state: inout AppState, reason: String? = nil) -> [AppEffect] {
        guard let index = state.currentItemIndex else {
            state.message = .error("nothing to review here")
            return []
        }
        let action = JournalAction.verdict(item: state.items[index].localID, verdict: verdict, note: nil, reason: reason)
        return [.appendJournal(dataset: state.dataset(ofItem: index), action: action, origin: .verdict(item: index))]
    }

    /// Toggles the flag as it stands now (anyone's flag counts).
    private static func flag(_ state: inout AppState) -> [AppEffect] {
        guard let index = state.currentItemIndex else {
            state.message = .error("nothing to flag here")
            return []
        }
        let dataset = state.dataset(ofItem: index)
        let local = state.items[index].localID
        let action = JournalAction.flag(item: local, on: !state.ledgers[dataset].isFlagged(local))
        return [.appendJournal(dataset: dataset, action: action, origin: .edit)]
    }

    private static func undo(_ state: inout AppState) -> [AppEffect] {
        guard let (dataset, seq) = UndoPlanner.nextUndo(in: state.ledgers, reviewer: state.reviewer) else {
            state.message = .info("nothing to undo")
            return []
        }
        return [.appendJournal(dataset: dataset, action: .undo(target: seq), origin: .undo)]
    }

    private static func redo(_ state: inout AppState) -> [AppEffect] {
        guard let (dataset, seq) = UndoPlanner.nextRedo(in: state.ledgers, reviewer: state.reviewer) else {
            state.message = .info("nothing to redo")
            return []
        }
        return [.appendJournal(dataset: dataset, action: .redo(target: seq), origin: .redo)]
    }

    private static func selectLabel(_ state: inout AppState, by step: Int) {
        guard let count = state.currentItem?.labels.count, count > 0 else { return }
        let current = state.selectedLabel ?? (step > 0 ? -1 : count)
        state.selectedLabel = ((current + step) % count + count) % count
    }

    /// Saved: now the screen may say so, and a verdict moves on to the next item.
    private static func journaled(_ events: [JournalEvent], dataset: Int, origin: JournalOrigin, state: inout AppState) {
        for event in events { state.apply(event, dataset: dataset) }
        guard let written = events.last else { return }
        let ledger = state.ledgers[dataset]
        let item = ledger.item(of: written.seq).flatMap { state.itemIndex(dataset: dataset, localID: $0) }
        let name = item.map { TerminalTextName.of(state.items[$0]) } ?? "?"
        let about = item == nil ? "" : " on \(name)"  // a batch is about no one item
        switch (origin, written.action) {
        case (.verdict(let index), .verdict(_, let verdict, _, _)):
            state.message = .info("saved: \(verdict.rawValue) · \(name)")
            if state.currentItemIndex == index { QueueNavigation.move(&state, by: 1) }
        case (.edit, .eventSet(_, let e)):
            state.message = .info("\(e.type.rawValue) at \(String(format2: e.positionMM)) mm (sample \(e.sample)) · \(name)")
            state.signalView?.selectedEvent = e.type
        case (.edit, .boxSet(_, let label, let box, let category)):
            // The edited box stays selected; a box just added becomes the selected one.
            if let at = state.currentItem?.labels.firstIndex(where: { $0.id == label }) { state.selectedLabel = at }
            state.message = .info("box \(category) x\(Int(box.x)) y\(Int(box.y)) \(Int(box.width))x\(Int(box.height)) · \(name)")
            clampDisagreement(&state)
        case (.edit, .boxDelete(_, let label)):
            state.message = .info("deleted box \(label) · \(name)")
            BoxCommands.clampSelection(&state)
        case (.edit, .boxDecision(_, let label, let accepted)):
            state.message = .info("\(accepted ? "accepted" : "rejected") box \(label) · \(name)")
            clampDisagreement(&state)
        case (.edit, .boxAdopt(_, let boxes)):
            let what = boxes.count == 1 ? "\(boxes[0].category) box \(boxes[0].label)" : "\(boxes.count) boxes"
            state.message = .info("took the model's \(what) · \(name)")
            clampDisagreement(&state)
        case (.edit, .eventDelete(_, let type)):
            state.message = .info("deleted \(type.rawValue) · \(name)")
            let remaining = state.currentItem?.labels.first?.event?.type
            state.signalView?.selectedEvent = remaining
        case (.edit, .note):
            state.message = .info("note saved · \(name)")
        case (.edit, .textLabelSet(_, let label, let category, let span)):
            if let at = state.currentItem?.labels.firstIndex(where: { $0.id == label }) { state.selectedLabel = at }
            state.message = .info("\(category) \(span.map { "[\($0.start), \($0.end))" } ?? "") · \(name)")
        case (.edit, .textLabelDelete(_, let label)):
            state.message = .info("deleted label \(label) · \(name)")
            BoxCommands.clampSelection(&state)
        case (.edit, .correction(_, let field, _, let reason)):
            state.message = .info("\(field) corrected\(reason.map { " (\($0))" } ?? "") · \(name)")
        case (.edit, .flag(_, let on)):
            state.message = .info("\(on ? "flagged" : "unflagged") · \(name)")
        case (.batch, .batchVerdict(let items, let verdict, _)):
            state.message = .info("saved: \(verdict.rawValue) × \(items.count) items in one batch (u undoes it)")
        case (.audit, .auditSample(let tier, _, let items)):
            state.queueName = .audit
            QueueBuilder.rebuild(&state)
            QueueNavigation.moveTo(&state, position: 0)
            state.message = .info("audit sample of \(items.count) from the \(tier) tier: review them, then `winnow audit --report`")
        case (.undo, .undo(let target)):
            state.message = .info("undone: \(describe(ledger, target))\(about)")
            if let item { QueueNavigation.moveTo(item: item, &state) }
        case (.redo, .redo(let target)):
            state.message = .info("redone: \(describe(ledger, target))\(about)")
            if let item { QueueNavigation.moveTo(item: item, &state) }
        default:
            break
        }
    }

    /// Settling a disagreement removes it: keep the highlight on one that is left.
    private static func clampDisagreement(_ state: inout AppState) {
        guard let selected = state.selectedDisagreement else { return }
        let count = state.currentItem?.disagreements.count ?? 0
        state.selectedDisagreement = count == 0 ? nil : min(selected, count - 1)
    }

    private static func describe(_ ledger: CurationLedger, _ seq: Int) -> String {
        switch ledger.events[seq]?.action {
        case .verdict(_, let verdict, _, _)?: return verdict.rawValue
        case .batchVerdict(let items, let verdict, _)?: return "\(verdict.rawValue) × \(items.count) items (batch)"
        case .note?: return "note"
        case .flag(_, let on)?: return on ? "flag" : "unflag"
        case .boxSet(_, let label, _, let category)?: return "edit of box \(label) (\(category))"
        case .boxDelete(_, let label)?: return "deletion of box \(label)"
        case .boxDecision(_, let label, let accepted)?: return "\(accepted ? "accept" : "reject") of box \(label)"
        case .correction(_, let field, _, _)?: return "correction of the \(field)"
        case .textLabelSet(_, let label, let category, _)?: return "edit of label \(label) (\(category))"
        case .textLabelDelete(_, let label)?: return "deletion of label \(label)"
        case .boxAdopt(_, let boxes)?: return "adoption of \(boxes.count) predicted box\(boxes.count == 1 ? "" : "es")"
        case .eventSet(_, let event)?: return "\(event.type.rawValue) at \(String(format2: event.positionMM)) mm"
        case .eventDelete(_, let type)?: return "deletion of \(type.rawValue)"
        default: return "event \(seq)"
        }
    }
}
