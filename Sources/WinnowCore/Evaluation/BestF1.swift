/// Where a category's detections are best cut: keeping those scoring `score` or more gives the
/// highest F1 (the harmonic mean of precision and recall) at the first IoU threshold.
public struct BestF1: Equatable, Sendable {
    public var score: Double
    public var f1: Double
    public var precision: Double
    public var recall: Double

    /// The better of `current` and the cut after a detection of `score` (ties keep the higher cut-off).
    static func better(_ current: BestF1?, score: Double, precision: Double, recall: Double) -> BestF1? {
        let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        if let current, current.f1 >= f1 { return current }
        return BestF1(score: score, f1: f1, precision: precision, recall: recall)
    }
}
