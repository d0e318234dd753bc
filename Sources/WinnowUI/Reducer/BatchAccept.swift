import WinnowCanvas
import WinnowCore

/// The triage loop in the workstation: draw an audit sample of a tier, review it, then accept
/// the rest of the queue in one batch (one journal event per dataset, one undo) after confirming.
enum BatchAccept {
    static let auditSize = 20

    /// The tier the reviewer is looking at: the queue's, or else the current item's.
    static func tier(_ state: AppState) -> Tier? {
        switch state.queueName {
        case .high: return .high
        case .medium: return .medium
        case .low: return .low
        default: return state.currentItemIndex.map(state.tier(ofItem:))
        }
    }

    static func drawAudit(_ state: inout AppState) -> [AppEffect] {
        guard let tier = tier(state) else { return [] }
        let population = state.items.indices.filter { state.tier(ofItem: $0) == tier }
        guard !population.isEmpty else {
            state.message = .error("the \(tier.rawValue) tier is empty: nothing to audit")
            return []
        }
        return [.drawAudit(tier: tier, count: min(auditSize, population.count))]
    }

    static func ask(_ state: inout AppState) {
        let unreviewed = state.queue.filter { state.standingVerdict(ofItem: $0) == nil }
        guard !unreviewed.isEmpty else {
            state.message = .error("no unreviewed item in this queue: nothing to accept")
            return
        }
        state.overlay = .confirmBatch(items: unreviewed)
    }

    static func confirm(_ key: KeyEvent, items: [Int], state: inout AppState) -> [AppEffect] {
        state.overlay = .none
        guard AppReducer.promptCommand(key, state) == .promptConfirm else {
            state.message = .info("batch accept cancelled")
            return []
        }
        let byDataset = state.workspace.localIDsByDataset(items)
        return byDataset.keys.sorted().map { dataset in
            .appendJournal(dataset: dataset, action: .batchVerdict(items: byDataset[dataset]!, verdict: .good, note: nil), origin: .batch)
        }
    }
}
