/// Where a group lands: a point of [0, 1) from a hash of the seed and the group key alone, so
/// adding items never moves the others and one group never spans two splits. Every stratum
/// (category × tier) gets each split's share in expectation; balancing strata exactly would make
/// one group's split depend on the others, and adding items would then reshuffle them.
public enum SplitAssignment {
    public static func unit(ofGroup group: String, seed: UInt64) -> Double {
        Double(mixed(group, seed: seed) >> 11) / Double(1 << 53)
    }

    public static func split(ofGroup group: String, ratios: SplitRatios, seed: UInt64) -> Int {
        ratios.split(at: unit(ofGroup: group, seed: seed))
    }

    /// FNV-1a over the key, then the SplitMix64 finalizer: FNV alone leaves similar keys
    /// (`run_1`, `run_2`) close together in the high bits.
    static func mixed(_ group: String, seed: UInt64) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in group.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        var z = hash &+ seed &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
