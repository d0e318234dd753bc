/// Draws a reproducible random sample for an audit: the same population, count and seed give
/// the same sample on every machine, whatever order the population came in.
public enum AuditSampler {
    /// `count` distinct ids (all of them when the population is smaller), in the order drawn.
    /// A Fisher–Yates shuffle stopped after `count` steps over the sorted population: a smaller
    /// sample with the same seed is a prefix of a larger one.
    public static func draw(population: [String], count: Int, seed: UInt64) -> [String] {
        var pool = Array(Set(population)).sorted()  // sorted by code points: not locale-dependent
        let take = min(max(count, 0), pool.count)
        var random = SplitMix64(seed: seed)
        for i in 0..<take {
            let j = i + Int(random.below(UInt64(pool.count - i)))
            pool.swapAt(i, j)
        }
        return Array(pool.prefix(take))
    }
}
