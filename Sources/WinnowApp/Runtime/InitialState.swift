import WinnowCore
import WinnowUI

/// The workstation's first state for a freshly opened session: where the reviewer left off (or
/// the queue and filter asked for), the config's reasons, and the first problem worth saying.
package enum InitialState {
    /// The app state for a freshly opened session.
    package static func build(_ session: CurationSession, keymap: Keymap, size: TerminalSize, display: DisplayOptions,
                             thresholds: TierThresholds = .standard, options: CommonOptions? = nil) -> AppState {
        let snapshot = ReviewSnapshot(workspace: session.workspace, ledgers: session.ledgers, thresholds: thresholds)
        var state = AppState(workspace: session.workspace, ledgers: session.ledgers, reviewer: session.reviewer, keymap: keymap,
            itemIssues: snapshot.itemIssues, size: size, display: display, thresholds: thresholds)
        let unwritable = session.prepareForWriting().map { Issue(.error, "state.read-only", $0.description) }
        if let options, let reasons = try? ConfigOption.load(options, workspace: session.workspace).reasons { state.reasons = reasons }
        if let position = PositionStore(session: session).load() { state.resume(at: position) }
        if let options, options.startQueue != nil || options.startFilter != nil {
            state.resume(at: ReviewPosition(queue: (options.startQueue ?? state.queueName).rawValue,
                                            filter: options.startFilter?.text ?? state.filter.text, item: ""))
        }
        let problems = unwritable + session.problems + snapshot.generalIssues.map(\.issue)
        if let first = problems.first {
            state.message = .error(problems.count == 1 ? first.text : "\(first.text) (+\(problems.count - 1) more: winnow validate)")
        }
        return state
    }
}
