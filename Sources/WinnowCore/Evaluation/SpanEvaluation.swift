/// Entity-level precision, recall and F1 of predicted spans against labelled ones, as seqeval
/// scores them: an entity counts when its label, start and end all agree; figures overall (micro)
/// and per label.
public struct SpanEvaluation: Sendable {
    public struct Figures: Equatable, Sendable {
        public var truth = 0
        public var predicted = 0
        public var correct = 0
        public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
        public var recall: Double { truth == 0 ? 0 : Double(correct) / Double(truth) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    public private(set) var overall = Figures()
    /// Per label, sorted by name.
    public private(set) var byLabel: [(label: String, figures: Figures)] = []

    /// `items` with their labels' spans as truth and one model's predicted spans.
    public init(items: [ReviewItem], model: String) {
        var figures: [String: Figures] = [:]
        for item in items {
            let truth = Set(item.labels.filter { !$0.rejected }.compactMap { label in label.span.map { Entity(label: label.category, span: $0) } })
            let predicted = Set((item.textContent?.predictedSpans ?? []).filter { $0.model == model }.map { Entity(label: $0.label, span: $0.span) })
            for entity in truth { figures[entity.label, default: Figures()].truth += 1 }
            for entity in predicted { figures[entity.label, default: Figures()].predicted += 1 }
            for entity in truth.intersection(predicted) { figures[entity.label, default: Figures()].correct += 1 }
        }
        byLabel = figures.keys.sorted().map { ($0, figures[$0]!) }
        for (_, f) in byLabel {
            overall.truth += f.truth
            overall.predicted += f.predicted
            overall.correct += f.correct
        }
    }

    private struct Entity: Hashable {
        var label: String
        var span: TextSpan
    }
}
