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
    /// Everything, in dataset order.
    case all
}
