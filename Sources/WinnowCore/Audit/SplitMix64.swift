/// SplitMix64 (Steele, Lea & Flood 2014): a tiny seeded generator whose output depends only on
/// the seed, so an audit sample drawn with a seed is the same on every machine and Swift version
/// (unlike `SystemRandomNumberGenerator`, and unlike the standard library's `shuffled(using:)`,
/// whose algorithm is not promised).
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in 0..<bound, without modulo bias (values below 2^64 mod bound are
    /// redrawn). Written out rather than `Int.random(in:using:)`, whose method may change.
    public mutating func below(_ bound: UInt64) -> UInt64 {
        precondition(bound > 0)
        let threshold = (0 &- bound) % bound
        while true {
            let r = next()
            if r >= threshold { return r % bound }
        }
    }
}
