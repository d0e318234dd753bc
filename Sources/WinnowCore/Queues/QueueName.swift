/// The review queues, by the names `list --queue` and the status bar use, in switching order.
public enum QueueName: String, CaseIterable, Sendable {
    /// Unreviewed items, low tier first, then by ascending confidence.
    case triage
    case high
    case medium
    case low
    case flagged
    /// Items where reviewers' verdicts differ, for adjudication.
    case disagreements
    /// The drawn audit sample.
    case audit
    /// Unreviewed items where a model disagrees with the labels, lowest label quality first.
    case modelDisagrees = "model-disagrees"
    /// Unreviewed items with a prediction no label matches (a label is likely missing), surest prediction first.
    case missed
    /// Unreviewed items where a prediction overlaps a label of another category, surest first.
    case wrongClass = "wrong-class"
    /// Unreviewed items where a prediction overlaps a label of its category too loosely, surest first.
    case placement
    /// Text examples with the same or nearly the same text as another.
    case duplicates
    /// Text examples whose (near) duplicates carry other labels.
    case conflicts
    /// Everything, in dataset order.
    case all

    /// Whether the queue can hold anything in a workspace with these kinds of items: the model's
    /// queues need predictions, duplicates text examples or image pairs, conflicts (of labels) text.
    public func applies(predictions: Bool, text: Bool, pairs: Bool) -> Bool {
        switch self {
        case .modelDisagrees, .missed, .wrongClass, .placement: return predictions
        case .duplicates: return text || pairs
        case .conflicts: return text
        default: return true
        }
    }
}
