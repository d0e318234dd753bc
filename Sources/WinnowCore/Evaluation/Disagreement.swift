/// How a model's box and the labels of an image relate, after matching (see `PredictionMatcher`).
public enum Disagreement: String, CaseIterable, Sendable {
    /// A prediction and a label of the same category overlap at the IoU threshold or more.
    case match
    /// A prediction with no label near it: a label may be missing, or the model hallucinates.
    case falsePositive = "fp"
    /// A label no prediction found: a possible false label, or the model's miss.
    case missed = "fn"
    /// A prediction overlaps a label of another category at the threshold or more.
    case wrongClass = "class"
    /// A prediction overlaps a label of its category, but only between 0.1 and the threshold.
    case poorPlacement = "loc"
    /// A second prediction on a label already matched.
    case duplicate

    /// How much a disagreement of this kind, at a prediction score of 1, lowers an item's
    /// label-quality score: a confident box with no label or a confident other class most (one
    /// halves it, putting the item in the low tier), a missed label (score 1) to 0.7, a loose box
    /// at score 1 to 0.75 (medium), a duplicate (the model's own slip) hardly.
    public var weight: Double {
        switch self {
        case .match: return 0
        case .falsePositive, .wrongClass: return 0.5
        case .missed: return 0.3
        case .poorPlacement: return 0.25
        case .duplicate: return 0.05
        }
    }
}
