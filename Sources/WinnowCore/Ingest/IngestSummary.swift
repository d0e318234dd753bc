/// What an ingest did, for the closing line and the exit code.
public struct IngestSummary: Equatable, Sendable {
    /// Records whose image and boxes are in the dataset now (new or already there).
    public var ingested = 0
    public var newImages = 0
    /// Boxes added by this run (a box already in the dataset is not counted again).
    public var templateBoxes = 0
    public var clickBoxes = 0
    /// Lines reported as problems: bad JSON, missing fields, unusable screenshots.
    public var skipped = 0
    /// Well-formed records left out by `--only-successful` / `--only-with-matches`.
    public var filteredOut = 0

    public var boxes: Int { templateBoxes + clickBoxes }

    mutating func count(_ added: [IngestedBox]) {
        templateBoxes += added.filter { $0.source == .templateMatching }.count
        clickBoxes += added.filter { $0.source == .userClick }.count
    }
}
