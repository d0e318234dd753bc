/// What stops an ingest as a whole (records file unreadable, dataset folder unusable, a write
/// failing); problems with single records are `IngestProblem`s instead.
public struct IngestFailure: Error, Equatable, Sendable {
    public let message: String

    public init(_ message: String) { self.message = message }
}
