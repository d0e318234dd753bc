/// Positions by descending score, equal scores in the order given: how COCOeval ranks detections
/// (numpy's stable mergesort of `-score`), and how predictions take labels.
enum ScoreOrder {
    static func descending(_ scores: [Double]) -> [Int] {
        scores.indices.sorted { a, b in scores[a] != scores[b] ? scores[a] > scores[b] : a < b }
    }
}
