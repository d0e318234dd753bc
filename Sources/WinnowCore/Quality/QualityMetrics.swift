import Foundation

/// Seed 001's quality dimensions of a dataset as it stands, each in [0, 1] (defined in the README):
/// completeness, consistency, accuracy, diversity, balance and complexity; `overall` their mean.
public struct QualityMetrics: Equatable, Sendable {
    public var completeness = 1.0
    public var consistency = 1.0
    public var accuracy = 1.0
    public var diversity = 1.0
    public var balance = 1.0
    public var complexity = 0.0
    public var overall: Double { (completeness + consistency + accuracy + diversity + balance + complexity) / 6 }

    public init() {}

    /// `categories` when the caller has counted them already (with `distinctSets` for any but text).
    public init(_ snapshot: ReviewSnapshot, duplicates: TextDuplicates, categories counted: CategoryCounts? = nil) {
        let items = snapshot.items
        guard !items.isEmpty else { return }
        let labelled = items.contains { !$0.labels.isEmpty }
        completeness = share(items.indices) { Self.isComplete(items[$0], labelledDataset: labelled, issues: snapshot.itemIssues[$0]) }
        consistency = Self.consistency(items, snapshot: snapshot, duplicates: duplicates)
        accuracy = mean(items.indices.compactMap { index -> Double? in
            switch snapshot.standingVerdict(ofItem: index) {
            case .good?: return 1
            case .bad?: return 0
            default: return items[index].confidence
            }
        }) ?? 1
        let words = items.compactMap(TextDuplicates.text(of:)).map { $0.split(whereSeparator: \.isWhitespace).map { $0.lowercased() } }
        let categories = counted ?? CategoryCounts(items, distinctSets: words.isEmpty)
        balance = Self.normalizedEntropy(categories.kept.filter { $0 > 0 })
        if words.isEmpty {
            diversity = Double(categories.distinctSets) / Double(items.count)
            complexity = min(1, Double(categories.kept.reduce(0, +)) / Double(items.count) / 10)
        } else {
            let all = words.flatMap { $0 }
            diversity = all.isEmpty ? 0 : min(1, Double(Set(all).count) / Double(all.count) * 2)
            complexity = min(1, Double(all.count) / Double(words.count) / 25)
        }
    }

    /// Its content there (a non-empty text, or prompt and response; an image that reads; a run's
    /// three events) and, in a labelled dataset, a label.
    static func isComplete(_ item: ReviewItem, labelledDataset: Bool, issues: [Issue]) -> Bool {
        if let text = item.textContent {
            let filled = text.text.map { !$0.allSatisfy(\.isWhitespace) }
                ?? (text.prompt.map { !$0.allSatisfy(\.isWhitespace) } == true && text.response.map { !$0.allSatisfy(\.isWhitespace) } == true)
            // A labelled text needs its label where the dataset labels texts; a prompt/response pair needs none.
            return filled && (text.text == nil || !labelledDataset || !item.labels.isEmpty || !text.tokens.isEmpty)
        }
        if item.signal != nil { return Set(item.labels.compactMap { $0.event?.type }).count == 3 }
        return !issues.contains { $0.severity == .error } && !item.labels.isEmpty
    }

    /// Text: the share of duplicate groups (exact or near) whose members agree on their labels.
    /// Other kinds: the share of items whose labels raise no problem.
    static func consistency(_ items: [ReviewItem], snapshot: ReviewSnapshot, duplicates: TextDuplicates) -> Double {
        if items.contains(where: { $0.textContent != nil }) {
            let groups = duplicates.exact.count + duplicates.near.count
            return groups == 0 ? 1 : 1 - Double(duplicates.conflicts.count) / Double(groups)
        }
        return share(items.indices) { index in !snapshot.itemIssues[index].contains { $0.code.hasPrefix("label.") || $0.code.hasPrefix("box.") } }
    }

    /// Shannon entropy of the counts over its maximum: 1 for an even spread, 1 with a single class.
    static func normalizedEntropy(_ counts: [Int]) -> Double {
        let total = Double(counts.reduce(0, +))
        guard counts.count > 1, total > 0 else { return 1 }
        let entropy = counts.reduce(0.0) { sum, n in n == 0 ? sum : sum - Double(n) / total * log(Double(n) / total) }
        return entropy / log(Double(counts.count))
    }
}

private func share<C: Collection>(_ elements: C, _ test: (C.Element) -> Bool) -> Double {
    elements.isEmpty ? 1 : Double(elements.filter(test).count) / Double(elements.count)
}

private func mean(_ values: [Double]) -> Double? {
    values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
}
