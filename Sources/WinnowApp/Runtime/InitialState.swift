import WinnowCore
import WinnowUI

/// The workstation's first state for a freshly opened session: where the reviewer left off (or
/// the queue and filter asked for; on a first start, the triage queue when there are unreviewed
/// auto-labels), the reasons a bad verdict can give, and the first problem worth saying.
package enum InitialState {
    /// The app state for a freshly opened session.
    package static func build(_ session: CurationSession, keymap: Keymap, size: TerminalSize, display: DisplayOptions,
                             thresholds: TierThresholds = .standard, options: CommonOptions? = nil, reasons: [String] = [], findDuplicates: Bool = true) -> AppState {
        let snapshot = ReviewSnapshot(workspace: session.workspace, ledgers: session.ledgers, thresholds: thresholds,
                                      findDuplicates: findDuplicates)
        var state = AppState(workspace: session.workspace, ledgers: session.ledgers, reviewer: session.reviewer, keymap: keymap,
            itemIssues: snapshot.itemIssues, size: size, display: display, thresholds: thresholds)
        let unwritable = session.prepareForWriting().map { Issue(.error, "state.read-only", $0.description) }
        state.reasons = reasons
        if let position = PositionStore(session: session).load() {
            state.resume(at: position)
        } else if hasTriageWork(state) {
            // A first start on auto-labels: triage, weakest confidence first.
            state.resume(at: ReviewPosition(queue: QueueName.triage.rawValue, filter: "", item: ""))
        }
        if let options, options.startQueue != nil || options.startFilter != nil {
            state.resume(at: ReviewPosition(queue: (options.startQueue ?? state.queueName).rawValue,
                                            filter: options.startFilter?.text ?? state.filter.text, item: "", panes: state.sidePanes))
        }
        let problems = unwritable + session.problems + snapshot.generalIssues.map(\.issue)
        if let first = problems.first {
            state.message = .error(problems.count == 1 ? first.text : "\(first.text) (+\(problems.count - 1) more: winnow validate)")
        }
        return state
    }

    /// Unreviewed items with a confidence to triage by.
    private static func hasTriageWork(_ state: AppState) -> Bool {
        state.items.indices.contains { state.standingVerdict(ofItem: $0) == nil && state.items[$0].confidence != nil }
    }
}
