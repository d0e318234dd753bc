/// How text examples are chosen and written (`winnow export` with a text dataset).
public struct TextExportOptions: Sendable {
    public var format: TextExportFormat
    /// `--chat`: pairs as `{"messages": [{"role": "user", …}, {"role": "assistant", …}]}`.
    public var chat = false
    public var split: SplitRatios?
    public var seed: UInt64 = 0
    /// Pairs: the lowest `quality.domain_relevance` kept (high, medium, low), as seed 003's `min_quality`.
    public var minimumRelevance = "medium"
    /// Pairs: the shortest prompt and response kept, in characters (seed 003: 10 and 20).
    public var minimumPromptLength = 10
    public var minimumResponseLength = 20

    public init(format: TextExportFormat) {
        self.format = format
    }
}
