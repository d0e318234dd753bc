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

    /// `summary`: the prediction sets and how many of each kind of disagreement there are, by tier.
    static func predictionSummary(_ s: ReviewSnapshot) -> JSONValue? {
        guard let models = s.items.lazy.compactMap(\.modelOutput).first?.models else { return nil }
        var byTier: [Tier: [Disagreement: Int]] = [:]
        var boxes = 0
        for item in s.items {
            boxes += item.modelOutput?.boxes.count ?? 0
            let tier = item.tier(s.thresholds)
            for outcome in item.modelComparison { byTier[tier, default: [:]][outcome.kind, default: 0] += 1 }
        }
        let tiers = Tier.allCases.map { tier in
            (tier.rawValue, JSONValue.object(JSONObject(Disagreement.allCases.map { ($0.rawValue, JSONValue(byTier[tier]?[$0] ?? 0)) })))
        }
        return .object(JSONObject([("models", .array(models.map { JSONValue($0) })), ("boxes", JSONValue(boxes)),
                                   ("by_tier", .object(JSONObject(tiers)))]))
    }
}
