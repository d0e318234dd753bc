import WinnowCore

/// The numbers behind the stats view: items by tier × verdict, and by category × verdict
/// (an item counts once for each category it has), busiest categories first.
struct StatsCounts {
    static let columns = ["none", "good", "bad", "skip"]

    var byTier: [Tier: [Int]] = Dictionary(uniqueKeysWithValues: Tier.allCases.map { ($0, [0, 0, 0, 0]) })
    var byCategory: [(String, [Int])] = []

    init(_ state: AppState) {
        var categories: [String: [Int]] = [:]
        for index in state.items.indices {
            let column = Self.column(state.standingVerdict(ofItem: index))
            byTier[state.tier(ofItem: index)]![column] += 1
            for category in Set(state.items[index].labels.map(\.category)) {
                categories[category, default: [0, 0, 0, 0]][column] += 1
            }
        }
        byCategory = categories.sorted { ($0.value.reduce(0, +), $1.key) > ($1.value.reduce(0, +), $0.key) }
    }

    static func column(_ verdict: Verdict?) -> Int {
        switch verdict {
        case nil: return 0
        case .good?: return 1
        case .bad?: return 2
        case .skip?: return 3
        }
    }

    /// Counts of confidences per equal-width bin over [0, 1]; items without confidence count in the first bin.
    static func histogram(_ confidences: [Double?], bins: Int) -> [Int] {
        var counts = [Int](repeating: 0, count: max(1, bins))
        for confidence in confidences {
            let c = min(max(confidence ?? 0, 0), 1)
            counts[min(counts.count - 1, Int(c * Double(counts.count)))] += 1
        }
        return counts
    }
}
