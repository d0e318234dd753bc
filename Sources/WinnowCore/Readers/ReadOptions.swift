import Foundation

/// What the user said about how to read a path: `--format` and `--images`.
public struct ReadOptions: Sendable {
    public var format: DatasetFormat?
    public var imagesDirectory: URL?
    /// Where readers of many files report how far they are (the workstation shows it while loading).
    public var progress: ReadProgress?
    /// `--predictions`: detector output to compare with the labels.
    public var predictions: PredictionOptions?
    /// Read only about this many bytes of a big file that can be cut at a line (a JSONL of text
    /// examples), so the workstation shows its first screen at once and reads the rest behind it.
    public var previewBytes: Int?
    /// `--state DIR`: where curation state (and the index cache of a big COCO file) lives.
    public var stateDirectory: URL?
    /// A COCO file at least this big is kept in an index cache for the next open.
    public var indexCacheMinimumBytes = 8_000_000
    /// The index cache is written on another core once the caller says the open is done
    /// (`BackgroundWrites.openDone()`); the process must `BackgroundWrites.wait()` before it exits.
    public var savesIndexInBackground = false
    /// Longest line a line-oriented file (JSONL, CSV, CoNLL, a manifest) may have; longer ones are
    /// reported and skipped (`--max-line MB`).
    public var maxLineBytes = 64_000_000
    /// `--groups CSV`: each drill run's drilling group by file name (else the file-name stem).
    public var groups: [String: String]?
    /// Told of a dataset's place (an item-less dataset) by a reader that knows it before reading the
    /// items, so its journal can be replayed meanwhile (`JournalReplayAhead`).
    public var whenPlaced: (@Sendable (Dataset) -> Void)?

    public init(format: DatasetFormat? = nil, imagesDirectory: URL? = nil, progress: ReadProgress? = nil,
                predictions: PredictionOptions? = nil, previewBytes: Int? = nil) {
        self.format = format
        self.imagesDirectory = imagesDirectory
        self.progress = progress
        self.predictions = predictions
        self.previewBytes = previewBytes
    }
}
