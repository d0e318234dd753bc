/// The 2x2 table of two reviewers' good/bad verdicts on the items both rated, and its Cohen's kappa.
public struct AgreementTable: Equatable, Sendable {
    public var bothGood = 0
    public var firstGoodSecondBad = 0
    public var firstBadSecondGood = 0
    public var bothBad = 0

    public init(bothGood: Int = 0, firstGoodSecondBad: Int = 0, firstBadSecondGood: Int = 0, bothBad: Int = 0) {
        self.bothGood = bothGood
        self.firstGoodSecondBad = firstGoodSecondBad
        self.firstBadSecondGood = firstBadSecondGood
        self.bothBad = bothBad
    }

    public mutating func add(first: Verdict, second: Verdict) {
        switch (first, second) {
        case (.good, .good): bothGood += 1
        case (.good, .bad): firstGoodSecondBad += 1
        case (.bad, .good): firstBadSecondGood += 1
        case (.bad, .bad): bothBad += 1
        default: break  // a skip is not a rating
        }
    }

    public var total: Int { bothGood + firstGoodSecondBad + firstBadSecondGood + bothBad }

    /// (p_o - p_e) / (1 - p_e); nil for an empty table or when chance agreement p_e is 1.
    public var kappa: Double? {
        let n = Double(total)
        guard n > 0 else { return nil }
        let observed = Double(bothGood + bothBad) / n
        let firstGood = Double(bothGood + firstGoodSecondBad) / n
        let secondGood = Double(bothGood + firstBadSecondGood) / n
        let chance = firstGood * secondGood + (1 - firstGood) * (1 - secondGood)
        guard chance < 1 else { return nil }
        return (observed - chance) / (1 - chance)
    }
}
