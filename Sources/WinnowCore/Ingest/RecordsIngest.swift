import Foundation

/// `winnow ingest`: automation records (JSON Lines, one `AutomationRecord` each) into a screenshot
/// dataset. First a plan (parse, filter, hash; nothing written), then image by image into the
/// dataset, then `metadata.json`. The records file and the screenshots are only read.
public struct RecordsIngest {
    public var filter: IngestFilter
    /// Each skipped line, as soon as it is known.
    public var onProblem: (IngestProblem) -> Void
    public var onProgress: (IngestProgress) -> Void

    public init(filter: IngestFilter = IngestFilter(), onProblem: @escaping (IngestProblem) -> Void = { _ in },
                onProgress: @escaping (IngestProgress) -> Void = { _ in }) {
        self.filter = filter
        self.onProblem = onProblem
        self.onProgress = onProgress
    }

    public func run(records: URL, into root: URL) throws(IngestFailure) -> IngestSummary {
        guard let data = FileManager.default.contents(atPath: records.path) else {
            throw IngestFailure("\(records.path): cannot read the records file")
        }
        let bytes = [UInt8](data)
        let lines = TextLine.split(bytes)
        let plan = IngestPlan.build(lines: lines, folder: records.deletingLastPathComponent(), filter: filter, onProblem: onProblem) {
            onProgress(IngestProgress(stage: .reading, done: $0, total: lines.count))
        }
        var summary = IngestSummary(skipped: plan.problems.count, filteredOut: plan.filteredOut)
        let writer = try ScreenshotDatasetWriter(root: root, run: records.lastPathComponent)
        for (index, entry) in plan.entries.enumerated() {
            try write(entry, with: writer, into: &summary)
            onProgress(IngestProgress(stage: .writing, done: index + 1, total: plan.entries.count))
        }
        try ScreenshotDatasetMetadata.write(root: root, lastIngest: lastIngest(records, bytes))
        return summary
    }

    private func write(_ entry: IngestPlan.Entry, with writer: ScreenshotDatasetWriter, into summary: inout IngestSummary) throws(IngestFailure) {
        switch try writer.write(entry) {
        case .written(let newImage, let added):
            summary.ingested += entry.records.count
            summary.newImages += newImage ? 1 : 0
            summary.count(added)
        case .refused(let reason):
            // Reported at the image's first record; every record showing the image is skipped.
            let records = entry.records.count == 1 ? "record skipped" : "its \(entry.records.count) records skipped"
            onProblem(IngestProblem(line: entry.records[0].line, "\(reason); \(records)"))
            summary.skipped += entry.records.count
        }
    }

    /// Names the input by file name and content hash, not by path or time: the same records give
    /// the same `metadata.json` wherever they are ingested from.
    private func lastIngest(_ records: URL, _ bytes: [UInt8]) -> JSONObject {
        JSONObject([
            ("records_file", .string(records.lastPathComponent)),
            ("records_sha256", .string(SHA256.hex(of: bytes))),
            ("filters", .array(filter.flagNames.map { .string($0) })),
        ])
    }
}
