/// Average precision and recall of detections against ground truth, computed step for step as
/// pycocotools' COCOeval does for boxes over all areas (`evaluateImg`, then `accumulate`, then
/// `summarize`): greedy matching by score with stable ties, crowd truths matchable many times and
/// ignored, at most 100 detections per image and category, 101-point interpolated precision.
public struct DetectionEvaluation: Sendable {
    /// 0.50, 0.55, … 0.95, as `np.linspace(.5, .95, 10)` makes them.
    public static let iouThresholds = linspace(0.5, 0.95, count: 10)
    /// 0, 0.01, … 1, as `np.linspace(0, 1, 101)` makes them.
    static let recallThresholds = linspace(0, 1, count: 101)

    /// numpy's linspace to the bit: i × step + start, the last value exactly `stop`.
    static func linspace(_ start: Double, _ stop: Double, count: Int) -> [Double] {
        let step: Double = (stop - start) / Double(count - 1)
        return (0..<count).map { (i: Int) -> Double in i == count - 1 ? stop : Double(i) * step + start }
    }
    public static let maxDetections = 100

    /// Precision per IoU threshold and recall threshold, and recall per IoU threshold, of one
    /// category; nil when the category has no ground truth that counts.
    struct CategoryCurves {
        var precision: [[Double]]
        var recall: [Double]
        /// At the first IoU threshold: the score cut-off where F1 is highest.
        var bestF1: BestF1?
    }

    public let categories: [Int]
    /// The IoU thresholds averaged over: COCO's ten, or the one `--iou-thresholds` names.
    public let thresholds: [Double]
    let curves: [CategoryCurves?]

    /// `images` and `categories` are the ground truth file's ids (each category is evaluated
    /// whether or not it has boxes, as COCOeval does).
    public init(truth: [EvaluationBox], detections: [EvaluationBox], images: [Int], categories: [Int],
                thresholds: [Double] = Self.iouThresholds) {
        self.thresholds = thresholds
        var truthByPair: [Pair: [EvaluationBox]] = [:]
        for box in truth { truthByPair[Pair(image: box.image, category: box.category), default: []].append(box) }
        var detectionsByPair: [Pair: [EvaluationBox]] = [:]
        for box in detections { detectionsByPair[Pair(image: box.image, category: box.category), default: []].append(box) }
        let sortedImages = images.sorted()
        self.categories = categories.sorted()
        curves = self.categories.map { category in
            let perImage = sortedImages.compactMap { image -> ImageMatches? in
                let pair = Pair(image: image, category: category)
                return ImageMatches(truth: truthByPair[pair] ?? [], detections: detectionsByPair[pair] ?? [], thresholds: thresholds)
            }
            return Self.accumulate(perImage, thresholds: thresholds)
        }
    }

    /// AP@[.50:.95] (COCOeval's first figure); -1 when no category has ground truth.
    public var averagePrecision: Double { mean(curves.flatMap { $0?.precision.flatMap { $0 } ?? [] }) }
    /// At IoU 0.5 and 0.75; -1 when that threshold is not evaluated.
    public var averagePrecision50: Double { averagePrecision(at: 0.5) }
    public var averagePrecision75: Double { averagePrecision(at: 0.75) }

    private func averagePrecision(at iou: Double) -> Double {
        guard let t = thresholds.firstIndex(where: { abs($0 - iou) < 1e-12 }) else { return -1 }
        return mean(curves.flatMap { $0?.precision[t] ?? [] })
    }

    /// Precision at recall 0, 0.01, … 1 (interpolated) at the first IoU threshold, per category; nil without ground truth.
    public var precisionRecallCurves: [(category: Int, precision: [Double]?)] {
        zip(categories, curves).map { ($0, $1?.precision.first) }
    }

    /// Per category, the score cut-off that maximises F1 at the first IoU threshold.
    public var bestF1: [(category: Int, best: BestF1?)] {
        zip(categories, curves).map { ($0, $1?.bestF1) }
    }
    /// AR with at most 100 detections per image.
    public var averageRecall100: Double { mean(curves.flatMap { $0?.recall ?? [] }) }

    /// AP@[.50:.95] of each category, nil where it has no ground truth.
    public var categoryAveragePrecision: [(category: Int, ap: Double?)] {
        zip(categories, curves).map { ($0, $1.map { mean($0.precision.flatMap { $0 }) }) }
    }

    private func mean(_ values: [Double]) -> Double {
        values.isEmpty ? -1 : values.reduce(0, +) / Double(values.count)
    }

    struct Pair: Hashable {
        let image: Int
        let category: Int
    }

    /// COCOeval's `accumulate` for one category over all areas and 100 detections.
    static func accumulate(_ images: [ImageMatches], thresholds: [Double] = iouThresholds) -> CategoryCurves? {
        let counted = images.reduce(0) { $0 + $1.truthIgnored.filter { !$0 }.count }
        guard counted > 0 else { return nil }
        // Every image's detections (already cut to 100), merged by score; equal scores keep image order.
        var all: [(score: Double, image: Int, index: Int)] = []
        for (i, image) in images.enumerated() {
            for (d, score) in image.scores.enumerated() { all.append((score, i, d)) }
        }
        let order = ScoreOrder.descending(all.map(\.score))
        var precision: [[Double]] = []
        var recall: [Double] = []
        var best: BestF1?
        for t in thresholds.indices {
            var tp = 0.0, fp = 0.0
            var recalls: [Double] = [], precisions: [Double] = []
            for (position, k) in order.enumerated() {
                let (image, d) = (images[all[k].image], all[k].index)
                // A detection matched to a crowd box is neither a true nor a false positive.
                if !image.detectionIgnored[t][d] {
                    if image.detectionMatched[t][d] { tp += 1 } else { fp += 1 }
                }
                recalls.append(tp / Double(counted))
                precisions.append(tp / (fp + tp + Double.ulpOfOne))
                // A cut keeps every detection at its score or above: only where the score drops.
                let cuttable = position + 1 == order.count || all[order[position + 1]].score < all[k].score
                if t == 0, cuttable { best = BestF1.better(best, score: all[k].score, precision: precisions.last!, recall: recalls.last!) }
            }
            recall.append(recalls.last ?? 0)
            precision.append(interpolated(precisions, recalls: recalls))
        }
        return CategoryCurves(precision: precision, recall: recall, bestF1: best)
    }

    /// Precision made monotone from the right, read at each recall threshold (the first
    /// detection reaching it); 0 past the highest recall reached.
    static func interpolated(_ precisions: [Double], recalls: [Double]) -> [Double] {
        var pr = precisions
        if pr.count > 1 { for i in stride(from: pr.count - 1, to: 0, by: -1) where pr[i] > pr[i - 1] { pr[i - 1] = pr[i] } }
        var result = [Double](repeating: 0, count: recallThresholds.count)
        var position = 0
        for (r, threshold) in recallThresholds.enumerated() {
            while position < recalls.count, recalls[position] < threshold { position += 1 }
            guard position < pr.count else { break }
            result[r] = pr[position]
        }
        return result
    }
}
