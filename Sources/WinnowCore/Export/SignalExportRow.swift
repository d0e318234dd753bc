/// One reviewed drill run as `export --format signals` writes it.
public struct SignalExportRow: Equatable, Sendable {
    public var file: String
    public var verdict: String
    public var reviewer: String
    /// Position (mm) and sample of each event type that is present.
    public var events: [SignalEventType: SignalEventPosition]
    /// The run's confidence: its weakest event's (verified events count 1.0).
    public var confidence: Double?
    /// "auto" when every event is the auto-labeler's untouched, "user" when all were placed or
    /// moved by a person, "mixed" otherwise.
    public var source: String
    public var group: String
    public var fold: Int?

    static let columns = ["file", "verdict", "reviewer", "entry_mm", "entry_sample", "transition_mm", "transition_sample",
                          "exit_mm", "exit_sample", "confidence", "source", "group", "fold"]
}
