import WinnowCore

/// A dataset opened for a triage command (audit, accept): its session, config, and a snapshot
/// whose tiers follow `--tiers`, else the config's `tiers`.
package struct TriageWorkspace {
    package let session: CurationSession
    package let config: WinnowConfig
    package let thresholds: TierThresholds

    package init(_ options: CommonOptions) throws(CLIError) {
        session = try options.open()
        CommonOptions.reportProblems(session)
        config = try ConfigOption.load(options, workspace: session.workspace)
        thresholds = options.explicitTiers ?? config.tiers ?? .standard
    }

    /// The state as of now (call again after recording).
    package var snapshot: ReviewSnapshot {
        ReviewSnapshot(workspace: session.workspace, ledgers: session.ledgers, thresholds: thresholds)
    }

    /// Writes one event per dataset that has a share of `items` (item indices), built by `action`
    /// from that dataset's local ids. Returns the sequence numbers written.
    @discardableResult
    package func recordPerDataset(_ items: [Int], _ action: ([String]) -> JournalAction) throws(CLIError) -> [Int] {
        let shares = session.workspace.localIDsByDataset(items)
        return try record(shares.keys.sorted().map { ($0, action(shares[$0]!)) })
    }

    /// Writes each action in its dataset's journal, in order. Returns the sequence numbers written.
    @discardableResult
    package func record(_ actions: [(dataset: Int, action: JournalAction)]) throws(CLIError) -> [Int] {
        var written: [Int] = []
        for (dataset, action) in actions {
            do {
                let events = try session.record(action, inDataset: dataset)
                written.append(events.last?.seq ?? 0)
            } catch {
                throw CLIError(message: error.description, code: .unreadable)
            }
        }
        return written
    }
}
