import WinnowCore

/// Box mode: every key that changes a box asks for one journal append holding the resulting box
/// (clamped to the image, never below 1x1 px); the screen follows once it is saved.
enum BoxCommands {
    /// New boxes are 50x50, as boxes inferred from a click are.
    static let newBoxSize = 50.0

    static func perform(_ command: Command, on state: inout AppState) -> [AppEffect] {
        guard let index = state.currentItemIndex, state.items[index].kind == .screenshot else { return [] }
        if command == .boxMode { return enter(&state, index) }
        guard var editor = state.boxEditor else { return [] }
        defer { if state.boxEditor != nil { state.boxEditor = editor } }
        switch command {
        case .boxLeave:
            state.boxEditor = nil
            state.message = .info("left box mode")
        case .boxNext, .boxPrevious: select(&state, index, forward: command == .boxNext)
        case .boxStepFiner: editor.step = max(1, (editor.step / 2).rounded(.down))
        case .boxStepCoarser: editor.step *= 2
        case .boxOnlySelected: editor.onlySelected.toggle()
        case .boxZoom:
            editor.zoom.toggle()
            state.boxEditor = editor
            editor.step = cellStep(state, index)
        case .boxAdd: return [add(state, index)]
        case .boxCategory:
            if state.selectedLabel != nil { state.overlay = .categoryPicker("") }
        default: return change(command, state, index, step: editor.step).map { [$0] } ?? []
        }
        return []
    }

    private static func enter(_ state: inout AppState, _ index: Int) -> [AppEffect] {
        let item = state.items[index]
        state.boxEditor = BoxEditor(step: cellStep(state, index))
        if state.selectedLabel.map({ item.labels.indices.contains($0) && item.labels[$0].bbox != nil }) != true {
            state.selectedLabel = order(item).first
        }
        state.message = nil  // the BOX tag and the box keys in the status bar say what happened
        return []
    }

    /// Image pixels per thumbnail pixel in the view shown (whole image or zoom), so each arrow press
    /// shows and none jumps further than one cell.
    static func cellStep(_ state: AppState, _ index: Int) -> Double {
        let item = state.items[index]
        guard let key = ThumbnailPlanner.key(forItem: index, state) else { return 1 }
        let shownWidth = key.region?.width ?? item.width
        return max(1, (Double(shownWidth) / Double(max(1, key.width))).rounded())
    }

    /// Labels with boxes, left to right, then top to bottom.
    static func order(_ item: ReviewItem) -> [Int] {
        item.labels.indices.filter { item.labels[$0].bbox != nil }.sorted {
            let a = item.labels[$0].bbox!, b = item.labels[$1].bbox!
            return a.x != b.x ? a.x < b.x : a.y < b.y
        }
    }

    private static func select(_ state: inout AppState, _ index: Int, forward: Bool) {
        let ordered = order(state.items[index])
        guard !ordered.isEmpty else { return }
        let at = state.selectedLabel.flatMap { ordered.firstIndex(of: $0) } ?? (forward ? -1 : 0)
        state.selectedLabel = ordered[(at + (forward ? 1 : -1) + ordered.count) % ordered.count]
    }

    static func clampSelection(_ state: inout AppState) {
        guard let item = state.currentItem else { return }
        if let selected = state.selectedLabel, !item.labels.indices.contains(selected) { state.selectedLabel = order(item).first }
    }

    private static func change(_ command: Command, _ state: AppState, _ index: Int, step: Double) -> AppEffect? {
        let item = state.items[index]
        guard let selected = state.selectedLabel, item.labels.indices.contains(selected), let box = item.labels[selected].bbox else {
            return nil
        }
        let label = item.labels[selected]
        let action: JournalAction
        switch command {
        case .boxDelete: action = .boxDelete(item: item.localID, label: label.id)
        case .boxAccept, .boxReject: action = .boxDecision(item: item.localID, label: label.id, accepted: command == .boxAccept)
        default:
            // A box read with NaN or infinite coordinates has no place to move from: it can be deleted or redrawn.
            guard box.isFinite, let moved = BoxGeometry.apply(command, to: normalized(box), step: step, width: item.width, height: item.height)
            else { return nil }
            action = .boxSet(item: item.localID, label: label.id, box: moved, category: label.category)
        }
        return .appendJournal(dataset: state.dataset(ofItem: index), action: action, origin: .edit)
    }

    /// A box read with a negative size is turned the right way round before it is edited.
    private static func normalized(_ box: BoundingBox) -> BoundingBox {
        BoundingBox(x: min(box.x, box.maxX), y: min(box.y, box.maxY), width: abs(box.width), height: abs(box.height))
    }

    private static func add(_ state: AppState, _ index: Int) -> AppEffect {
        let item = state.items[index]
        let size = min(newBoxSize, Double(max(1, min(item.width, item.height))))
        let box = BoundingBox(x: ((Double(item.width) - size) / 2).rounded(), y: ((Double(item.height) - size) / 2).rounded(),
                              width: size, height: size)
        let category = state.selectedLabel.flatMap { item.labels.indices.contains($0) ? item.labels[$0].category : nil } ?? "object"
        let id = "user-\(item.labels.count + 1)" + (item.labels.contains { $0.id == "user-\(item.labels.count + 1)" } ? "b" : "")
        return .appendJournal(dataset: state.dataset(ofItem: index), action: .boxSet(item: item.localID, label: id, box: box, category: category),
                              origin: .edit)
    }
}
