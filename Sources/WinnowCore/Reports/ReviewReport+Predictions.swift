extension ReviewReport {
    /// `show`: each prediction, and each outcome of matching them to the labels.
    static func predictions(_ item: ReviewItem) -> [(String, JSONValue)] {
        guard let output = item.modelOutput else { return [] }
        let boxes = output.boxes.map { box in
            JSONValue.object(JSONObject([
                ("model", JSONValue(box.model)), ("category", JSONValue(box.category)),
                ("bbox", .array([box.bbox.x, box.bbox.y, box.bbox.width, box.bbox.height].map { JSONValue($0) })),
                ("score", JSONValue(box.score)),
            ]))
        }
        let outcomes = item.modelComparison.map { outcome in
            JSONValue.object(JSONObject([
                ("model", JSONValue(outcome.model)), ("kind", JSONValue(outcome.kind.rawValue)),
                ("label", outcome.label.map { JSONValue($0) } ?? .null),
                ("prediction", outcome.prediction.map { JSONValue($0) } ?? .null),
                ("iou", JSONValue((outcome.iou * 1e4).rounded() / 1e4)), ("score", JSONValue(outcome.score)),
            ]))
        }
        return [("label_quality", JSONValue(item.labelQuality)), ("predictions", .array(boxes)), ("model_comparison", .array(outcomes))]
    }

    /// `summary`: the prediction sets, how many of each kind of disagreement there are by tier, and
    /// each model's AP at IoU 0.5 against the labels as they stand.
    static func predictionSummary(_ s: ReviewSnapshot) -> JSONValue? {
        guard let stats = PredictionStats(items: s.items, thresholds: s.thresholds) else { return nil }
        let tiers = Tier.allCases.map { tier in
            (tier.rawValue, JSONValue.object(JSONObject(Disagreement.allCases.map { ($0.rawValue, JSONValue(stats.byTier[tier]?[$0] ?? 0)) })))
        }
        return .object(JSONObject([("models", .array(stats.models.map { JSONValue($0) })), ("boxes", JSONValue(stats.boxes)),
                                   ("ap50", .array(stats.ap50.map { JSONValue($0) })), ("by_tier", .object(JSONObject(tiers)))]))
    }
}
