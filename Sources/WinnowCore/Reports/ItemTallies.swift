/// A summary's counts over the items: tiers, standing verdicts, who gave verdicts, problems by
/// severity, and how far the reviewers agree.
struct ItemTallies: Sendable {
    var tiers: [Tier: Int] = [:]
    var verdicts: [String: Int] = ["good": 0, "bad": 0, "skip": 0, "unreviewed": 0]
    var reviewers: [String: Int] = [:]
    var severities: [Severity: Int] = [:]
    var agreement: Agreement

    init(_ s: ReviewSnapshot) {
        var ratings: [[String: Verdict]] = []
        ratings.reserveCapacity(s.items.count)
        for (index, item) in s.items.enumerated() {
            // Newest first: the first is the item's standing verdict.
            let latest = s.ledgers[s.workspace.datasetIndexOfItem[index]].latestVerdicts(for: item.localID)
            tiers[item.tier(s.thresholds), default: 0] += 1
            verdicts[latest.first?.verdict.rawValue ?? "unreviewed", default: 0] += 1
            for (reviewer, _) in latest { reviewers[reviewer, default: 0] += 1 }
            for issue in s.itemIssues[index] { severities[issue.severity, default: 0] += 1 }
            ratings.append(CurationLedger.ratings(from: latest))
        }
        agreement = Agreement(ratings: ratings)
    }
}
