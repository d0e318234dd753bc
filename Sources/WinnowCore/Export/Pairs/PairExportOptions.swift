/// What `winnow export` of image pairs was asked for.
public struct PairExportOptions: Sendable {
    public enum Format: String, Sendable {
        /// `{"input_image","edit_prompt","edited_image"}` lines, as instruction-editing trainers read them.
        case jsonl = "pairs-jsonl"
        case csv
    }

    public var format: Format
    public var split: SplitRatios?
    public var seed: UInt64 = 0
    public var images: ExportImageMode = .link
    /// `--include-private`: the submitter's e-mail address goes with each pair (left out otherwise).
    public var includePrivate = false

    public init(format: Format) { self.format = format }
}
