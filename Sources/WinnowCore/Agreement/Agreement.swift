/// How far reviewers agree, over the items that at least two of them rated good or bad (each
/// reviewer's latest standing verdict; skips do not count — see `CurationLedger.ratings(for:)`).
///
/// - `percent`: the share of those items on which every reviewer gave the same verdict (with
///   two reviewers, Cohen's observed agreement p_o), 0...100.
/// - `kappa`: Cohen's kappa over good/bad when two reviewers rated the items. With more
///   reviewers it is the mean of the kappas of every pair that rated items in common (Light's
///   kappa), each pair computed on the items both rated, pairs weighted equally. nil when no pair
///   has a defined kappa: when both reviewers of a pair only ever used one and the same verdict,
///   chance agreement is 1 and kappa is 0/0.
public struct Agreement: Equatable, Sendable {
    public var items: Int
    public var percent: Double
    public var kappa: Double?

    public init(items: Int, percent: Double, kappa: Double?) {
        self.items = items
        self.percent = percent
        self.kappa = kappa
    }

    /// `ratings`: per item, reviewer → good or bad (skips are ignored if present).
    public init(ratings: [[String: Verdict]]) {
        var tables: [String: [String: AgreementTable]] = [:]
        var items = 0
        var unanimous = 0
        for itemRatings in ratings {
            let rated = itemRatings.filter { $0.value != .skip }.sorted { $0.key < $1.key }
            guard rated.count >= 2 else { continue }
            items += 1
            if rated.allSatisfy({ $0.value == rated[0].value }) { unanimous += 1 }
            for i in 0..<(rated.count - 1) {
                for j in (i + 1)..<rated.count {
                    tables[rated[i].key, default: [:]][rated[j].key, default: AgreementTable()]
                        .add(first: rated[i].value, second: rated[j].value)
                }
            }
        }
        let kappas = tables.values.flatMap { $0.values.compactMap(\.kappa) }
        self.items = items
        self.percent = items == 0 ? 0 : 100 * Double(unanimous) / Double(items)
        self.kappa = kappas.isEmpty ? nil : kappas.reduce(0, +) / Double(kappas.count)
    }
}
