import WinnowCore

/// A model's span taken as a label: a new span for one no label touches, the label's class for a
/// wrong class, the predicted bounds for a loose one.
enum SpanAdoption {
    static func action(_ d: ModelDisagreement, in item: ReviewItem, newID: String) -> JournalAction? {
        guard let p = d.prediction, let predicted = item.textContent?.predictedSpans[p] else { return nil }
        let label = d.label.flatMap { id in item.labels.first { $0.id == id } }
        switch d.kind {
        case .falsePositive: return .textLabelSet(item: item.localID, label: newID, category: predicted.label, span: predicted.span)
        case .wrongClass, .poorPlacement:
            guard let label else { return nil }
            return .textLabelSet(item: item.localID, label: label.id, category: predicted.label, span: predicted.span)
        default: return nil
        }
    }
}
