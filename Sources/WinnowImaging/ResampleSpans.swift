/// Which source indices feed each output index along one axis.
///
/// Shrinking splits the source into exact integer spans: output `i` covers
/// `[i*S/T, (i+1)*S/T)`, so every source pixel counts once, in one output pixel, with weight 1
/// (no fractional edge weights; spans differ in length by at most one). Enlarging picks the
/// nearest source pixel to each output pixel's centre (a span of one).
struct ResampleSpans {
    let starts: [Int]
    let ends: [Int]

    init(source: Int, target: Int) {
        precondition(source > 0 && target > 0, "both sizes must be positive")
        if target <= source {
            starts = (0..<target).map { $0 * source / target }
            ends = (0..<target).map { ($0 + 1) * source / target }
        } else {
            starts = (0..<target).map { (2 * $0 + 1) * source / (2 * target) }
            ends = starts.map { $0 + 1 }
        }
    }
}
