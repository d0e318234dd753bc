extension CurationLedger {
    /// What agreement is measured on: each reviewer's latest standing verdict on the item, when
    /// it is good or bad. A reviewer whose latest word is skip has no rating.
    public func ratings(for item: String) -> [String: Verdict] { Self.ratings(from: latestVerdicts(for: item)) }

    /// The ratings among an item's `latestVerdicts`, for a caller that needs both.
    public static func ratings(from latest: [(reviewer: String, verdict: Verdict)]) -> [String: Verdict] {
        var ratings: [String: Verdict] = [:]
        for (reviewer, verdict) in latest where verdict != .skip { ratings[reviewer] = verdict }
        return ratings
    }

    /// True when reviewers' ratings of the item differ: it belongs in the disagreements queue.
    public func hasDisagreement(_ item: String) -> Bool {
        let verdicts = ratings(for: item).values
        guard let first = verdicts.first else { return false }
        return verdicts.contains { $0 != first }
    }
}
