/// A text item's entity spans against each model's predicted spans, in the terms boxes use: the
/// same span and label is a match; the same span with another label a wrong class; an overlap
/// with the same label poor placement (IoU over characters); a predicted span touching no label a
/// false positive; a labelled span no prediction touches is missed. Predictions carry no score: 1.
enum SpanMatcher {
    static func compare(_ item: ReviewItem, content: TextContent) -> [ModelDisagreement] {
        let labels = item.labels.filter { !$0.rejected && $0.span != nil }
        var result: [ModelDisagreement] = []
        for model in content.predictionModels {
            var taken = Set<String>()
            for (index, predicted) in content.predictedSpans.enumerated() where predicted.model == model {
                let outcome = match(predicted.span, predicted.label, labels.filter { !taken.contains($0.id) })
                if let label = outcome.label { taken.insert(label) }
                result.append(ModelDisagreement(model: model, kind: outcome.kind, prediction: index, label: outcome.label, iou: outcome.iou, score: 1))
            }
            for label in labels where !taken.contains(label.id) {
                result.append(ModelDisagreement(model: model, kind: .missed, prediction: nil, label: label.id, iou: 0, score: 0))
            }
        }
        return result
    }

    private static func match(_ span: TextSpan, _ label: String, _ candidates: [Label]) -> (kind: Disagreement, label: String?, iou: Double) {
        if let same = candidates.first(where: { $0.span == span && $0.category == label }) { return (.match, same.id, 1) }
        if let other = candidates.first(where: { $0.span == span }) { return (.wrongClass, other.id, 1) }
        let overlapping = candidates.map { ($0, iou(span, $0.span!)) }.filter { $0.1 > 0 && $0.0.category == label }
        if let best = overlapping.max(by: { $0.1 < $1.1 }) { return (.poorPlacement, best.0.id, best.1) }
        return (.falsePositive, nil, 0)
    }

    private static func iou(_ a: TextSpan, _ b: TextSpan) -> Double {
        let overlap = min(a.end, b.end) - max(a.start, b.start)
        guard overlap > 0 else { return 0 }
        return Double(overlap) / Double(max(a.end, b.end) - min(a.start, b.start))
    }
}
