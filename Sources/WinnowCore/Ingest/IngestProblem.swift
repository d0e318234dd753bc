/// Why one line of a records file was skipped; `line` is 1-based. The command prints it as
/// `RECORDS.jsonl:LINE: message`.
public struct IngestProblem: Error, Equatable, Sendable {
    public let line: Int
    public let message: String

    public init(line: Int, _ message: String) {
        self.line = line
        self.message = message
    }
}
