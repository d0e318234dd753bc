import WinnowCore

/// A dataset opened for a triage command (audit, accept): its session, config, and a snapshot
/// whose tiers follow `--tiers`, else the config's `tiers`.
struct TriageWorkspace {
    let session: CurationSession
    let config: WinnowConfig
    let thresholds: TierThresholds

    init(_ options: CommonOptions) throws(CLIError) {
        session = try options.open()
        CommonOptions.reportProblems(session)
        config = try ConfigOption.load(options, workspace: session.workspace)
        thresholds = options.explicitTiers ?? config.tiers ?? .standard
    }

    /// The state as of now (call again after recording).
    var snapshot: ReviewSnapshot {
        ReviewSnapshot(workspace: session.workspace, ledgers: session.ledgers, thresholds: thresholds)
    }

    /// Writes one event per dataset that has a share of `items` (item indices), built by `action`
    /// from that dataset's local ids. Returns the sequence numbers written.
    @discardableResult
    func recordPerDataset(_ items: [Int], alsoIn extra: Set<Int> = [], _ action: ([String]) -> JournalAction) throws(CLIError) -> [Int] {
        let workspace = session.workspace
        var shares: [Int: [String]] = [:]
        for dataset in extra { shares[dataset] = [] }
        for index in items { shares[workspace.datasetIndexOfItem[index], default: []].append(workspace.items[index].localID) }
        var written: [Int] = []
        for dataset in shares.keys.sorted() {
            do {
                let events = try session.record(action(shares[dataset]!), inDataset: dataset)
                written.append(events.last?.seq ?? 0)
            } catch {
                throw CLIError(message: error.description, code: .unreadable)
            }
        }
        return written
    }
}
