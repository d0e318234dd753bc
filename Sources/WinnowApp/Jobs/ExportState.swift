import WinnowCore

/// The curation state an export reflects: every journal to its end, or one journal up to `--at SEQ`.
package struct ExportState {
    package var ledgers: [CurationLedger]
    package var positions: [JournalPosition]

    package init(_ session: CurationSession, at: Int?) throws(CLIError) {
        let names = session.workspace.datasets.map(\.name)
        if let at, at > session.journalEnd(ofDataset: 0) {
            throw .usage("--at \(at): the journal of \(names[0]) ends at event \(session.journalEnd(ofDataset: 0))", command: "export")
        }
        if let at, let journal = session.stores.existing(in: session.stateDirectory(ofDataset: 0), dataset: session.workspace.datasets[0].name) {
            ledgers = [CurationLedger(replaying: journal, upTo: at)]
            positions = [JournalPosition(dataset: names[0], seq: at, rolledBack: true)]
        } else {
            ledgers = session.ledgers
            positions = names.indices.map { JournalPosition(dataset: names[$0], seq: session.journalEnd(ofDataset: $0), rolledBack: at != nil) }
        }
    }

    /// The newest verdict time among the exported items: a date the same inputs reproduce.
    package func time(of plan: ExportPlan, _ snapshot: ReviewSnapshot) -> String? {
        plan.entries.compactMap { snapshot.verdict(ofItem: $0.item)?.time }.max()
    }
}
