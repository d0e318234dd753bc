/// How a tier's audit sample came out: whether its auto-labels can be trusted.
/// Precision is good / (good + bad) over the reviewed sampled items (a skip is reviewed but
/// counts neither way), with its 95 % Wilson score interval.
public struct AuditReport: Equatable, Sendable {
    public var tier: String
    /// Items now in the tier.
    public var population: Int
    public var sampled: Int
    /// Sampled items with a standing verdict (good, bad or skip).
    public var reviewed: Int
    public var good: Int
    public var bad: Int

    public init(tier: String, population: Int, sampled: Int, reviewed: Int, good: Int, bad: Int) {
        self.tier = tier
        self.population = population
        self.sampled = sampled
        self.reviewed = reviewed
        self.good = good
        self.bad = bad
    }

    /// nil until a sampled item has a good or bad verdict.
    public var precision: Double? { good + bad > 0 ? Double(good) / Double(good + bad) : nil }

    public var interval: WilsonInterval? { WilsonInterval(successes: good, trials: good + bad) }

    public var json: JSONValue {
        .object(JSONObject([
            ("tier", JSONValue(tier)),
            ("population", JSONValue(population)),
            ("sampled", JSONValue(sampled)),
            ("reviewed", JSONValue(reviewed)),
            ("good", JSONValue(good)),
            ("bad", JSONValue(bad)),
            ("precision", JSONValue(precision)),
            ("lower95", JSONValue(interval?.lower)),
            ("upper95", JSONValue(interval?.upper)),
        ]))
    }
}
