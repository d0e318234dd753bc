/// Deterministic fold numbers from a group key: a hash, so adding runs never reshuffles the
/// others, and every run of one group lands in the same fold (no leakage across folds).
public enum FoldAssignment {
    public static func fold(ofGroup group: String, folds: Int, seed: UInt64 = 0) -> Int {
        guard folds > 1 else { return 0 }
        // FNV-1a, 64 bit: stable across runs and platforms, unlike Hasher.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
        for byte in group.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return Int(hash % UInt64(folds))
    }

    /// A drill run's group when none is given: the file-name stem before the run number
    /// (`COUPON-A_ST_1001_7.xls` → `COUPON-A_ST_1001`).
    public static func groupFromFileName(_ name: String) -> String {
        var stem = Substring(name)
        if let dot = stem.lastIndex(of: ".") { stem = stem[..<dot] }
        guard let underscore = stem.lastIndex(of: "_") else { return String(stem) }
        let tail = stem[stem.index(after: underscore)...]
        return !tail.isEmpty && tail.allSatisfy(\.isNumber) ? String(stem[..<underscore]) : String(stem)
    }
}
