import Foundation

/// Whether drill-run tiers mean what they say: for each tier, how many simulated runs landed in it
/// and the share whose events all lie within 0.5 mm of the truth; and how many of the runs with any
/// event more than 1 mm off (or missed, or placed where the run has none) the low tier holds.
/// Goal: high >= 95 %, medium >= 80 %, and the low tier holds >= 80 % of the runs that are off.
public struct CalibrationTable: Equatable, Sendable {
    public struct Outcome: Equatable, Sendable {
        public let tier: Tier
        /// Per event: |placed − true| in mm; infinity for an event missed or placed where there is none.
        public let errorsMM: [Double]

        public init(tier: Tier, errorsMM: [Double]) {
            self.tier = tier
            self.errorsMM = errorsMM
        }

        /// Compares a run's event labels with the true events (type name → mm).
        public init(tier: Tier, labels: [Label], truthMM: [String: Double]) {
            let placed = Dictionary(labels.compactMap { l in l.event.map { ($0.type.rawValue, $0.positionMM) } }, uniquingKeysWith: { a, _ in a })
            let types = Set(placed.keys).union(truthMM.keys).sorted()
            self.init(tier: tier, errorsMM: types.map { type in
                guard let p = placed[type], let t = truthMM[type] else { return .infinity }
                return abs(p - t)
            })
        }

        public var allWithinHalf: Bool { errorsMM.allSatisfy { $0 <= 0.5 } }
        public var anyBeyondOne: Bool { errorsMM.contains { $0 > 1 } }
    }

    public struct Row: Equatable, Sendable {
        public let tier: Tier
        public let runs: Int
        public let allWithinHalf: Int
        public let anyBeyondOne: Int

        public var shareWithinHalf: Double { runs == 0 ? 1 : Double(allWithinHalf) / Double(runs) }
    }

    public let rows: [Row]
    /// Runs with any event more than 1 mm off, and how many of them are in the low tier.
    public let runsOff: Int
    public let runsOffInLow: Int

    public init(_ outcomes: [Outcome]) {
        rows = Tier.allCases.map { tier in
            let inTier = outcomes.filter { $0.tier == tier }
            return Row(tier: tier, runs: inTier.count, allWithinHalf: inTier.filter(\.allWithinHalf).count,
                       anyBeyondOne: inTier.filter(\.anyBeyondOne).count)
        }
        runsOff = outcomes.filter(\.anyBeyondOne).count
        runsOffInLow = outcomes.filter { $0.anyBeyondOne && $0.tier == .low }.count
    }

    public func row(_ tier: Tier) -> Row { rows.first { $0.tier == tier }! }

    public var lowShareOfRunsOff: Double { runsOff == 0 ? 1 : Double(runsOffInLow) / Double(runsOff) }

    public var meetsGoal: Bool {
        row(.high).shareWithinHalf >= 0.95 && row(.medium).shareWithinHalf >= 0.8 && lowShareOfRunsOff >= 0.8
    }

    /// The table as the bench prints it.
    public var text: String {
        var lines = ["tier     runs  all events within 0.5 mm  any event > 1 mm off"]
        for r in rows {
            lines.append(String(format: "%-7@ %5d  %5d (%5.1f%%)            %5d", r.tier.rawValue as NSString, r.runs, r.allWithinHalf,
                                100 * r.shareWithinHalf, r.anyBeyondOne))
        }
        lines.append(String(format: "low tier holds %d of the %d runs with an event more than 1 mm off (%.1f%%)", runsOffInLow, runsOff,
                            100 * lowShareOfRunsOff))
        lines.append("goal (high >= 95%, medium >= 80%, low holds >= 80% of the runs off): " + (meetsGoal ? "met" : "not met"))
        return lines.joined(separator: "\n")
    }
}
