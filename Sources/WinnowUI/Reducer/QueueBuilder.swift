import WinnowCore

/// Rebuilds the queue after the queue or the filter changes. Verdicts do not rebuild it: an item
/// just decided stays where it is (marked), so the cursor never jumps under the reviewer.
enum QueueBuilder {
    static func rebuild(_ state: inout AppState) {
        let current = state.currentItemIndex
        let entries = QueueEntry.entries(items: state.items, ledgers: state.ledgers,
                                         datasetOfItem: state.workspace.datasetIndexOfItem, thresholds: state.thresholds,
                                         issues: state.itemIssues, confidences: state.confidences)
        var order = ReviewQueue.order(state.queueName, entries)
        if !state.filter.isEmpty {
            let selected = Set(state.filter.matchingIndices(in: state.items.indices.map { facts(state, $0) }))
            order = order.filter(selected.contains)
        }
        state.queue = order
        state.cursor = current.flatMap { order.firstIndex(of: $0) } ?? 0
        state.queueScroll = 0
        QueueNavigation.moveTo(&state, position: state.cursor)
        QueueNavigation.itemChanged(&state)
    }

    static func facts(_ state: AppState, _ index: Int) -> ItemFacts {
        .of(state.items[index], ledger: state.ledgers[state.dataset(ofItem: index)], thresholds: state.thresholds,
            issueCount: state.issues(ofItem: index).count)
    }

    /// The next queue in switching order; the model's queues only when predictions are open.
    static func nextQueue(after name: QueueName, _ state: AppState) -> QueueName {
        let items = state.workspace.items
        let predictions = items.first.map { $0.predictionModels != nil || $0.predictedEvents != nil } ?? false
        let text = items.contains { $0.kind == .text }, pairs = items.contains { $0.kind == .pair }
        let all = QueueName.allCases.filter { $0.applies(predictions: predictions, text: text, pairs: pairs) }
        return all[((all.firstIndex(of: name) ?? -1) + 1) % all.count]
    }
}
