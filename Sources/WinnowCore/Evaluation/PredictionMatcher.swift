/// Matches a model's boxes to an image's labels and names every disagreement, in the spirit of
/// COCOeval: predictions taken by descending score (ties in the order given), each taking the
/// unmatched label of its category it overlaps most at `iouThreshold` or more; crowd labels may be
/// taken many times and are never missed. What is left is classed, in this order, as a duplicate
/// (it overlaps an already matched label of its category), a wrong class (an unmatched label of
/// another category at the threshold), poor placement (an unmatched label of its category between
/// 0.1 and the threshold), else a false positive; labels left over are missed.
public enum PredictionMatcher {
    public static let placementFloor = 0.1

    public static func match(labels: [EvaluationBox], predictions: [EvaluationBox], iouThreshold: Double = 0.5) -> [PredictionMatch] {
        let order = ScoreOrder.descending(predictions.map(\.score))
        var taken = [Bool](repeating: false, count: labels.count)
        var results: [PredictionMatch] = []
        var left: [Int] = []
        for p in order {
            let prediction = predictions[p]
            if let (l, iou) = best(prediction, in: labels, where: { !taken[$0] || labels[$0].crowd }, sameCategory: true, atLeast: iouThreshold) {
                taken[l] = true
                results.append(PredictionMatch(kind: .match, prediction: p, label: l, iou: iou, score: prediction.score))
            } else {
                left.append(p)
            }
        }
        for p in left {
            let prediction = predictions[p]
            let outcome: PredictionMatch
            if let (l, iou) = best(prediction, in: labels, where: { taken[$0] }, sameCategory: true, atLeast: iouThreshold) {
                outcome = PredictionMatch(kind: .duplicate, prediction: p, label: l, iou: iou, score: prediction.score)
            } else if let (l, iou) = best(prediction, in: labels, where: { !taken[$0] }, sameCategory: false, atLeast: iouThreshold) {
                taken[l] = true
                outcome = PredictionMatch(kind: .wrongClass, prediction: p, label: l, iou: iou, score: prediction.score)
            } else if let (l, iou) = best(prediction, in: labels, where: { !taken[$0] }, sameCategory: true, atLeast: placementFloor) {
                taken[l] = true
                outcome = PredictionMatch(kind: .poorPlacement, prediction: p, label: l, iou: iou, score: prediction.score)
            } else {
                outcome = PredictionMatch(kind: .falsePositive, prediction: p, label: nil, iou: 0, score: prediction.score)
            }
            results.append(outcome)
        }
        for l in labels.indices where !taken[l] && !labels[l].crowd {
            results.append(PredictionMatch(kind: .missed, prediction: nil, label: l, iou: 0, score: 0))
        }
        return results
    }

    /// An item's label-quality score in [0, 1]: the product over its disagreements of
    /// (1 − weight × confidence), the confidence being the prediction's score (1 for a missed label).
    public static func labelQuality(_ matches: [PredictionMatch]) -> Double {
        labelQuality(matches.map { ($0.kind, $0.score) })
    }

    public static func labelQuality(_ outcomes: [(kind: Disagreement, score: Double)]) -> Double {
        outcomes.reduce(1) { quality, outcome in
            let confidence = outcome.kind == .missed ? 1 : min(1, max(0, outcome.score))
            return quality * (1 - outcome.kind.weight * confidence)
        }
    }

    /// The label with the highest IoU among those `allowed`, of the prediction's category (or of
    /// another one), at `atLeast` or more; ties go to the first.
    private static func best(_ prediction: EvaluationBox, in labels: [EvaluationBox], where allowed: (Int) -> Bool,
                             sameCategory: Bool, atLeast floor: Double) -> (Int, Double)? {
        var found: (Int, Double)?
        for l in labels.indices where allowed(l) && (labels[l].category == prediction.category) == sameCategory {
            let iou = prediction.iou(with: labels[l])
            if iou >= floor, iou > (found?.1 ?? -1) { found = (l, iou) }
        }
        return found
    }
}
