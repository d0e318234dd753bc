/// `--only-successful` and `--only-with-matches`: which well-formed records are ingested.
public struct IngestFilter: Equatable, Sendable {
    public var onlySuccessful: Bool
    public var onlyWithMatches: Bool

    public init(onlySuccessful: Bool = false, onlyWithMatches: Bool = false) {
        self.onlySuccessful = onlySuccessful
        self.onlyWithMatches = onlyWithMatches
    }

    public func admits(_ record: AutomationRecord) -> Bool {
        (!onlySuccessful || record.success) && (!onlyWithMatches || record.match != nil)
    }

    /// The flags as typed, for `metadata.json`'s `last_ingest`.
    var flagNames: [String] {
        (onlySuccessful ? ["--only-successful"] : []) + (onlyWithMatches ? ["--only-with-matches"] : [])
    }
}
