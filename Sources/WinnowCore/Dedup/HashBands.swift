/// Splits 64 hash bits into `threshold + 1` bands of nearly equal width (pigeonhole): two
/// hashes at most `threshold` bits apart differ in at most `threshold` bands, so they agree
/// exactly on at least one. Grouping by each band's value therefore finds every close pair
/// without comparing all pairs.
struct HashBands {
    let shifts: [Int]
    let masks: [UInt64]

    init(threshold: Int) {
        precondition((1..<64).contains(threshold), "banding needs a threshold in 1..<64")
        let count = threshold + 1
        var shifts: [Int] = [], masks: [UInt64] = []
        var shift = 0
        for band in 0..<count {
            let width = 64 / count + (band < 64 % count ? 1 : 0)
            shifts.append(shift)
            masks.append((1 << UInt64(width)) - 1)
            shift += width
        }
        self.shifts = shifts
        self.masks = masks
    }

    var count: Int { shifts.count }

    func value(of hash: UInt64, band: Int) -> UInt64 { hash >> UInt64(shifts[band]) & masks[band] }
}
