/// COCOeval's `evaluateImg` for one image and category over all areas: which detections match
/// a ground-truth box at each IoU threshold, and which are ignored (matched to a crowd box).
struct ImageMatches {
    /// Scores of the detections kept (at most 100, highest first, ties in file order).
    let scores: [Double]
    /// [threshold][detection]: matched to a ground-truth box with a nonzero id.
    let detectionMatched: [[Bool]]
    /// [threshold][detection]: matched to an ignored (crowd) box.
    let detectionIgnored: [[Bool]]
    /// Per ground-truth box, non-ignored first: whether it is ignored.
    let truthIgnored: [Bool]

    /// nil when the image has neither truth nor detections of the category.
    init?(truth: [EvaluationBox], detections: [EvaluationBox], thresholds: [Double] = DetectionEvaluation.iouThresholds) {
        guard !truth.isEmpty || !detections.isEmpty else { return nil }
        // Ignored truths last, each group in file order (a stable sort, as numpy's mergesort).
        let gt = truth.filter { !$0.crowd } + truth.filter(\.crowd)
        let dt = ScoreOrder.descending(detections.map(\.score)).prefix(DetectionEvaluation.maxDetections).map { detections[$0] }
        let ious = dt.map { d in gt.map { d.iou(with: $0) } }
        let ignored = gt.map(\.crowd)
        var matched: [[Bool]] = [], ignoredMatches: [[Bool]] = []
        for threshold in thresholds {
            var truthTaken = [Bool](repeating: false, count: gt.count)
            var dtMatched = [Bool](repeating: false, count: dt.count)
            var dtIgnored = [Bool](repeating: false, count: dt.count)
            for d in dt.indices {
                var best = min(threshold, 1 - 1e-10)
                var m = -1
                for g in gt.indices {
                    if truthTaken[g], !gt[g].crowd { continue }
                    if m > -1, !ignored[m], ignored[g] { break }
                    if ious[d][g] < best { continue }
                    best = ious[d][g]
                    m = g
                }
                guard m > -1 else { continue }
                dtIgnored[d] = ignored[m]
                dtMatched[d] = gt[m].id != 0  // COCOeval records the truth's id: an id of 0 reads as no match
                truthTaken[m] = true
            }
            matched.append(dtMatched)
            ignoredMatches.append(dtIgnored)
        }
        scores = dt.map(\.score)
        detectionMatched = matched
        detectionIgnored = ignoredMatches
        truthIgnored = ignored
    }
}
