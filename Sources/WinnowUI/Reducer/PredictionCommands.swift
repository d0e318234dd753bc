import WinnowCore

/// The keys that act on a model's predictions: show them, step through the item's
/// disagreements, and settle one by taking the model's word (each action one journal event).
enum PredictionCommands {
    static func perform(_ command: Command, on state: inout AppState) -> [AppEffect] {
        guard let index = state.currentItemIndex, state.items[index].predictionModels != nil else {
            state.message = .info("no predictions here (open the dataset with --predictions FILE)")
            return []
        }
        let disagreements = state.items[index].disagreements
        switch command {
        case .predictionToggle:
            state.showPredictions.toggle()
            state.message = .info(state.showPredictions ? "predictions shown" : "predictions hidden")
        case .predictionNext, .predictionPrevious:
            step(&state, count: disagreements.count, by: command == .predictionNext ? 1 : -1)
        case .predictionAdoptAll:
            return adoptAll(disagreements, item: index, &state)
        default:
            guard let chosen = selected(state, disagreements) else {
                state.message = .info("the model agrees with every label here")
                return []
            }
            return settle(command, chosen, item: index, &state)
        }
        return []
    }

    /// The highlighted disagreement, else the first.
    static func selected(_ state: AppState, _ disagreements: [ModelDisagreement]) -> ModelDisagreement? {
        guard !disagreements.isEmpty else { return nil }
        return disagreements[min(state.selectedDisagreement ?? 0, disagreements.count - 1)]
    }

    private static func step(_ state: inout AppState, count: Int, by delta: Int) {
        guard count > 0 else {
            state.message = .info("the model agrees with every label here")
            return
        }
        let current = state.selectedDisagreement ?? (delta > 0 ? -1 : count)
        state.selectedDisagreement = ((current + delta) % count + count) % count
    }

    private static func settle(_ command: Command, _ d: ModelDisagreement, item index: Int, _ state: inout AppState) -> [AppEffect] {
        let item = state.items[index]
        if item.modelOutput == nil {  // a text example: the model's spans
            guard command == .predictionAdopt, let action = SpanAdoption.action(d, in: item, newID: freeLabelIDs(item, count: 1, prefix: "s")[0]) else {
                state.message = .info(refusal(command, d.kind, state))
                return []
            }
            return [.appendJournal(dataset: state.dataset(ofItem: index), action: action, origin: .edit)]
        }
        let action: JournalAction
        switch (command, d.kind) {
        case (.predictionAdopt, .falsePositive), (.predictionAdopt, .wrongClass), (.predictionAdopt, .poorPlacement):
            action = .boxAdopt(item: item.localID, boxes: [adopted(d, in: item, newID: freeLabelIDs(item, count: 1)[0])])
        case (.predictionRelabel, .wrongClass):
            guard let label = item.labels.first(where: { $0.id == d.label }), let box = label.bbox else { return [] }
            action = .boxSet(item: item.localID, label: label.id, box: box, category: item.modelOutput!.boxes[d.prediction!].category)
        case (.predictionRejectLabel, .missed):
            action = .boxDecision(item: item.localID, label: d.label!, accepted: false)
        default:
            state.message = .info(refusal(command, d.kind, state))
            return []
        }
        return [.appendJournal(dataset: state.dataset(ofItem: index), action: action, origin: .edit)]
    }

    private static func adoptAll(_ disagreements: [ModelDisagreement], item index: Int, _ state: inout AppState) -> [AppEffect] {
        let item = state.items[index]
        let taken = disagreements.filter { [.falsePositive, .wrongClass, .poorPlacement].contains($0.kind) && $0.score >= state.adoptScore }
        if item.modelOutput == nil {  // spans carry no score: every one of them, one event each
            var ids = freeLabelIDs(item, count: taken.count, prefix: "s")[...]
            let actions = taken.compactMap { d in SpanAdoption.action(d, in: item, newID: d.kind == .falsePositive ? ids.popFirst()! : "") }
            return actions.map { .appendJournal(dataset: state.dataset(ofItem: index), action: $0, origin: .edit) }
        }
        guard !taken.isEmpty else {
            state.message = .info("no disagreeing prediction scores \(state.adoptScore) or more here (adopt_score in .winnow/config)")
            return []
        }
        var ids = freeLabelIDs(item, count: taken.count)[...]
        let boxes = taken.map { d in adopted(d, in: item, newID: d.kind == .falsePositive ? ids.popFirst()! : "") }
        return [.appendJournal(dataset: state.dataset(ofItem: index), action: .boxAdopt(item: item.localID, boxes: boxes), origin: .edit)]
    }

    /// The prediction as a label: a new one for a box no label matched, else replacing the label it overlaps.
    private static func adopted(_ d: ModelDisagreement, in item: ReviewItem, newID: String) -> AdoptedBox {
        let prediction = item.modelOutput!.boxes[d.prediction!]
        return AdoptedBox(label: d.kind == .falsePositive ? newID : d.label!, box: prediction.bbox, category: prediction.category,
                          model: prediction.model, score: prediction.score)
    }

    /// Label ids `p1`, `p2`, … (or another prefix) not yet used on the item.
    private static func freeLabelIDs(_ item: ReviewItem, count: Int, prefix: String = "p") -> [String] {
        let used = Set(item.labels.map(\.id))
        var ids: [String] = []
        var n = 1
        while ids.count < count {
            if !used.contains("\(prefix)\(n)") { ids.append("\(prefix)\(n)") }
            n += 1
        }
        return ids
    }

    private static func refusal(_ command: Command, _ kind: Disagreement, _ state: AppState) -> String {
        let key = { (c: Command) in state.keymap.firstKey(for: c) ?? c.id }
        switch kind {
        case .missed: return "no prediction for this label: \(key(.predictionRejectLabel)) rejects the label"
        case .wrongClass: return "\(key(.predictionRelabel)) relabels, \(key(.predictionAdopt)) takes the predicted box and class"
        case .falsePositive, .poorPlacement: return "\(key(.predictionAdopt)) takes the predicted box"
        case .duplicate, .match: return "a second prediction on a matched label: nothing to take"
        }
    }
}
