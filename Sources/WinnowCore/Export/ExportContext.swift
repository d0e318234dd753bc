import Foundation

/// Facts about the export run that the formats write into their files.
public struct ExportContext: Sendable {
    /// The export folder's final absolute path (YOLO's `path:`, VOC's `<path>`).
    public var outputPath: String
    /// The filter that chose the items, as typed (`verdict:good` by default).
    public var filter: String
    /// Time of the newest journal event the export reflects: a date that the same inputs reproduce.
    public var stateTime: String?
    /// How far into each journal the export looked (COCO `info.journal`).
    public var journal: [JournalPosition] = []
    /// The folder the reviewed data lives in: `--images none` COCO files name images relative to it.
    public var sourceRoot: URL

    public init(outputPath: String, filter: String, stateTime: String?, sourceRoot: URL) {
        self.outputPath = outputPath
        self.sourceRoot = sourceRoot
        self.filter = filter
        self.stateTime = stateTime
    }
}
