/// What the stats view and `summary` say about the models: disagreements of each kind by tier,
/// and per model and category the precision/recall curve at IoU 0.5 with its best F1 cut-off,
/// against the labels as they stand.
public struct PredictionStats: Sendable {
    public struct CategoryCurve: Sendable {
        public var category: String
        /// Precision at recall 0, 0.01, … 1; nil when the category has no labels.
        public var precision: [Double]?
        public var best: BestF1?
    }

    public var models: [String]
    public var boxes: Int
    public var byTier: [Tier: [Disagreement: Int]]
    /// Per model, in `models` order.
    public var curves: [[CategoryCurve]]
    public var ap50: [Double]

    /// nil when the items carry no predictions.
    public init?(items: [ReviewItem], thresholds: TierThresholds) {
        guard let models = items.lazy.compactMap(\.predictionModels).first else { return nil }
        self.models = models
        boxes = items.reduce(0) { $0 + ($1.modelOutput?.boxes.count ?? $1.textContent?.predictedSpans.count ?? 0) }
        byTier = [:]
        for item in items {
            let tier = item.tier(thresholds)
            for outcome in item.modelComparison { byTier[tier, default: [:]][outcome.kind, default: 0] += 1 }
        }
        curves = []
        ap50 = []
        for model in models {
            let input = ItemEvaluationInput(items: items, model: model)
            let evaluation = input.evaluate(thresholds: [0.5])
            let names = Dictionary(uniqueKeysWithValues: input.categories.map { ($0.id, $0.name) })
            let best = Dictionary(uniqueKeysWithValues: evaluation.bestF1.map { ($0.category, $0.best) })
            curves.append(evaluation.precisionRecallCurves.map { entry in
                CategoryCurve(category: names[entry.category] ?? "", precision: entry.precision, best: best[entry.category] ?? nil)
            })
            ap50.append(evaluation.averagePrecision)
        }
    }
}
