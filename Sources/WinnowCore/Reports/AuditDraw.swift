/// An audit sample of a tier, drawn the same way by the workstation's `A` key and by
/// `winnow audit`: from every item of the tier, reviewed or not, reproducible from its seed,
/// recorded as one journal event per dataset.
public struct AuditDraw: Sendable {
    public let tier: Tier
    public let seed: UInt64
    /// Item indices of the tier, in item order.
    public let population: [Int]
    /// Item indices drawn, in the order drawn.
    public let sample: [Int]
    /// The events to record: each dataset with a share, and each holding an earlier sample of
    /// the tier (with an empty share), so the new sample replaces the old one everywhere.
    public let actions: [(dataset: Int, action: JournalAction)]

    /// Seeds below a billion, so a seed is short enough to read out and type again.
    public static func randomSeed() -> UInt64 { UInt64.random(in: 0..<1_000_000_000) }

    /// Nil when the tier has no items.
    public init?(_ snapshot: ReviewSnapshot, tier: Tier, count: Int, seed: UInt64) {
        let population = snapshot.items(inTier: tier)
        guard !population.isEmpty else { return nil }
        let ids = population.map { snapshot.items[$0].id }
        let indexByID = Dictionary(zip(ids, population), uniquingKeysWith: { first, _ in first })
        sample = AuditSampler.draw(population: ids, count: count, seed: seed).map { indexByID[$0]! }
        var shares = snapshot.workspace.localIDsByDataset(sample)
        for dataset in snapshot.ledgers.indices where snapshot.ledgers[dataset].auditSample(tier: tier.rawValue) != nil {
            shares[dataset, default: []] += []
        }
        actions = shares.keys.sorted().map { ($0, JournalAction.auditSample(tier: tier.rawValue, seed: seed, items: shares[$0]!)) }
        self.tier = tier
        self.seed = seed
        self.population = population
    }
}
