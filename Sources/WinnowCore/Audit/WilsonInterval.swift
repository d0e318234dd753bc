/// The Wilson score interval for a binomial proportion: unlike the normal approximation it stays
/// inside [0, 1] and is sensible for the small samples and near-perfect rates audits see.
public struct WilsonInterval: Equatable, Sendable {
    public var lower: Double
    public var upper: Double

    /// z for a two-sided 95 % interval.
    public static let z95 = 1.959964

    /// nil when there are no trials: nothing is known.
    public init?(successes: Int, trials: Int, z: Double = WilsonInterval.z95) {
        guard trials > 0, successes >= 0, successes <= trials else { return nil }
        let n = Double(trials)
        let p = Double(successes) / n
        let z2 = z * z
        let denominator = 1 + z2 / n
        let center = (p + z2 / (2 * n)) / denominator
        let halfWidth = z * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot() / denominator
        lower = max(0, center - halfWidth)
        upper = min(1, center + halfWidth)
    }
}
