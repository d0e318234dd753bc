import WinnowCore

/// `winnow accept`: every unreviewed item of a set gets one verdict, as one journal event per
/// dataset, undone as one. Items that already have a verdict (from anyone) are left alone.
package enum BatchAcceptJob {
    /// The set's items without a verdict, in item order; with both a tier and a query, their overlap.
    package static func unreviewed(in snapshot: ReviewSnapshot, tier: Tier?, query: FilterQuery) -> [Int] {
        snapshot.select(query).filter { index in
            snapshot.standingVerdict(ofItem: index) == nil && (tier == nil || snapshot.items[index].tier(snapshot.thresholds) == tier)
        }
    }

    /// Records the batch; returns the sequence numbers written, one per dataset.
    package static func record(_ items: [Int], verdict: Verdict, note: String?, in triage: TriageWorkspace) throws(CLIError) -> [Int] {
        try triage.recordPerDataset(items) { .batchVerdict(items: $0, verdict: verdict, note: note) }
    }
}
