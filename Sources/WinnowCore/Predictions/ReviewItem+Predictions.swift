extension ReviewItem {
    /// Every prediction matched to the item's standing labels (rejected boxes are out), model by
    /// model, as `PredictionMatcher` does it; matches included. Empty without predictions.
    public var modelComparison: [ModelDisagreement] {
        if let content = textContent, !content.predictionModels.isEmpty { return SpanMatcher.compare(self, content: content) }
        guard let output = modelOutput else { return [] }
        let labelled = labels.filter { $0.bbox != nil && !$0.rejected }
        var categories: [String: Int] = [:]
        let number = { (name: String) -> Int in
            if let known = categories[name] { return known }
            categories[name] = categories.count
            return categories.count - 1
        }
        let truth = labelled.enumerated().map { index, label in
            var box = Self.evaluationBox(label.bbox!, id: index, category: number(label.category), score: 1)
            box.crowd = label.crowd
            return box
        }
        var result: [ModelDisagreement] = []
        for model in output.models {
            let mine = output.boxes.indices.filter { output.boxes[$0].model == model }
            let boxes = mine.map { Self.evaluationBox(output.boxes[$0].bbox, id: $0, category: number(output.boxes[$0].category), score: output.boxes[$0].score) }
            for match in PredictionMatcher.match(labels: truth, predictions: boxes, iouThreshold: output.iouThreshold) {
                result.append(ModelDisagreement(model: model, kind: match.kind, prediction: match.prediction.map { mine[$0] },
                                                label: match.label.map { labelled[$0].id }, iou: match.iou, score: match.score))
            }
        }
        return result
    }

    /// The prediction sets compared with this item (boxes or spans); nil without predictions.
    public var predictionModels: [String]? {
        if let output = modelOutput { return output.models }
        if let models = textContent?.predictionModels, !models.isEmpty { return models }
        return nil
    }

    /// What a prediction of the comparison names: its class and, for a span, its text.
    public func predictedCategory(_ index: Int) -> String? {
        if let boxes = modelOutput?.boxes { return boxes.indices.contains(index) ? boxes[index].category : nil }
        guard let spans = textContent?.predictedSpans, spans.indices.contains(index) else { return nil }
        return spans[index].label
    }

    /// The disagreements alone (matches left out).
    public var disagreements: [ModelDisagreement] { modelComparison.filter { $0.kind != .match } }

    /// How far the models support the labels, in [0, 1]: each model's `PredictionMatcher.labelQuality`,
    /// the lowest of them. nil without predictions.
    public var labelQuality: Double? { labelQuality(modelComparison) }

    /// The same from a comparison already made (matching is the costly part).
    public func labelQuality(_ comparison: [ModelDisagreement]) -> Double? {
        guard let models = predictionModels else { return nil }
        return models.map { model in
            PredictionMatcher.labelQuality(comparison.filter { $0.model == model }.map { ($0.kind, $0.score) })
        }.min() ?? 1
    }

    private static func evaluationBox(_ box: BoundingBox, id: Int, category: Int, score: Double) -> EvaluationBox {
        EvaluationBox(id: id, image: 0, category: category, x: box.x, y: box.y, width: box.width, height: box.height, score: score)
    }
}
