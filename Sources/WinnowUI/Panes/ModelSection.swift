import WinnowCanvas
import WinnowCore

/// The validation pane's account of the model: each disagreement with its kind, score, IoU and
/// what it is about, the highlighted one marked, and the keys that settle it.
enum ModelSection {
    static func render(_ state: AppState, item: ReviewItem, into grid: inout Grid, out: inout PaneWriter, theme: Theme) {
        guard let models = item.predictionModels else { return }
        let comparison = item.modelComparison  // matched once for the list and the quality
        let disagreements = comparison.filter { $0.kind != .match }
        let quality = Glyphs.confidence(item.labelQuality(comparison))
        out.line([("Model ", theme[.paneTitle]), ("\(disagreements.count) · quality \(quality)", theme[.text])], into: &grid)
        if !disagreements.isEmpty { out.line(" kind  score iou", theme[.textDim], into: &grid) }
        let room = max(1, out.rect.maxY - out.y - 8)
        let selected = state.selectedDisagreement ?? 0
        let first = max(0, min(selected - room / 2, disagreements.count - room))
        for (index, d) in disagreements.enumerated().dropFirst(first).prefix(room) {
            let isSelected = index == selected
            let pointer = isSelected ? (state.display.unicode ? "▶" : ">") : " "
            let style = isSelected ? theme[.boxSelected] : theme[.text]
            out.line([(pointer, style), (kind(d.kind), theme[.issueWarning]), (figures(d, scored: item.modelOutput != nil), theme[.textDim]),
                      (about(d, item, models: models, unicode: state.display.unicode), style)], into: &grid)
        }
        if disagreements.count > room { out.line("  … \(disagreements.count) in all", theme[.textDim], into: &grid) }
        if let d = PredictionCommands.selected(state, disagreements) {
            out.line("  " + (item.modelOutput == nil ? spanHint(d.kind, state) : hint(d.kind, state)), theme[.textDim], into: &grid)
        }
    }

    /// The kind as the filter language names it (`pred:fp`), padded to one column.
    private static func kind(_ kind: Disagreement) -> String {
        (kind == .duplicate ? "dup" : kind.rawValue).padding(toLength: 6, withPad: " ", startingAt: 0)
    }

    /// Score, then IoU, where they mean something (the header says which is which).
    private static func figures(_ d: ModelDisagreement, scored: Bool) -> String {
        let score = d.prediction == nil || !scored ? "   " : Glyphs.fraction(d.score)
        let iou = d.label == nil || d.prediction == nil ? "    " : " " + Glyphs.fraction(d.iou)
        return score + iou + " "
    }

    /// What it is about; with several models, which one says so first.
    private static func about(_ d: ModelDisagreement, _ item: ReviewItem, models: [String], unicode: Bool) -> String {
        let predicted = d.prediction.flatMap(item.predictedCategory)
        let labelled = d.label.flatMap { id in item.labels.first { $0.id == id }?.category }
        let model = models.count > 1 ? "\(d.model): " : ""
        switch d.kind {
        case .wrongClass: return model + "\(labelled ?? "?")\(unicode ? "→" : "->")\(predicted ?? "?")"
        case .missed: return model + (labelled ?? "?")
        default: return model + (predicted ?? labelled ?? "")
        }
    }

    /// On a text example: `y` takes the model's span; a label it does not find is deleted by hand.
    private static func spanHint(_ kind: Disagreement, _ state: AppState) -> String {
        // The text context's own binding first: there `]` moves a span's start.
        let key = { (c: Command) in
            state.keymap.ordered.first { $0.context == .text && $0.command == c }.map { KeyNotation.name(of: $0.key) } ?? state.keymap.firstKey(for: c) ?? c.id
        }
        switch kind {
        case .falsePositive, .wrongClass, .poorPlacement: return "\(key(.predictionAdopt)) take span · \(key(.predictionNext)) next"
        case .missed: return "Tab, \(key(.spanDelete)) delete label · \(key(.predictionNext)) next"
        case .duplicate, .match: return "\(key(.predictionNext)) next"
        }
    }

    /// The keys that settle the highlighted disagreement.
    private static func hint(_ kind: Disagreement, _ state: AppState) -> String {
        let key = { (c: Command) in state.keymap.firstKey(for: c) ?? c.id }
        switch kind {
        case .falsePositive, .poorPlacement: return "\(key(.predictionAdopt)) take box · \(key(.predictionNext)) next"
        case .wrongClass: return "\(key(.predictionRelabel)) relabel · \(key(.predictionAdopt)) take box · \(key(.predictionNext)) next"
        case .missed: return "\(key(.predictionRejectLabel)) reject label · \(key(.predictionNext)) next"
        case .duplicate, .match: return "\(key(.predictionNext)) next"
        }
    }
}
