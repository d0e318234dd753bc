/// How far an ingest is: records read (and screenshots hashed), then images written.
public struct IngestProgress: Equatable, Sendable {
    public enum Stage: Sendable { case reading, writing }

    public let stage: Stage
    public let done: Int
    public let total: Int
}
