extension CurationLedger {
    /// What agreement is measured on: each reviewer's latest standing verdict on the item, when
    /// it is good or bad. A reviewer whose latest word is skip has no rating.
    public func ratings(for item: String) -> [String: Verdict] {
        var ratings: [String: Verdict] = [:]
        for (reviewer, record) in verdictsByReviewer(for: item) where record.verdict != .skip {
            ratings[reviewer] = record.verdict
        }
        return ratings
    }

    /// True when reviewers' ratings of the item differ: it belongs in the disagreements queue.
    public func hasDisagreement(_ item: String) -> Bool {
        let verdicts = ratings(for: item).values
        guard let first = verdicts.first else { return false }
        return verdicts.contains { $0 != first }
    }
}
