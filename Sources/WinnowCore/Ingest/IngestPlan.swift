import Foundation

/// What one run will write, image by image in the order the records first show them. It is built
/// before anything touches the dataset: records are parsed and filtered, each screenshot path is
/// hashed once, and an image's boxes are deduplicated across all records that show it.
struct IngestPlan {
    struct Entry {
        var image: ScreenshotImage
        /// The records showing this image, in file order; the first fills the manifest line.
        var records: [AutomationRecord]
        var boxes: [IngestedBox]
        /// The identities of `boxes`, so a long run's duplicate check stays cheap.
        var identities: Set<IngestedBox.Identity> = []
    }

    private(set) var entries: [Entry] = []
    /// Well-formed records left out by the filter.
    private(set) var filteredOut = 0
    private(set) var problems: [IngestProblem] = []
    private var entryOfImageID: [String: Int] = [:]
    private var imageOfPath: [String: Result<ScreenshotImage, IngestFailure>] = [:]

    /// `folder` is where relative screenshot paths start (the records file's folder). `onProblem`
    /// hears each skipped line as it is found; `onRecord` counts lines done, for progress.
    static func build(lines: [TextLine], folder: URL, filter: IngestFilter,
                      onProblem: (IngestProblem) -> Void, onRecord: (Int) -> Void) -> IngestPlan {
        var plan = IngestPlan()
        for (index, line) in lines.enumerated() {
            if let problem = plan.add(line, folder: folder, filter: filter) {
                plan.problems.append(problem)
                onProblem(problem)
            }
            onRecord(index + 1)
        }
        return plan
    }

    private mutating func add(_ line: TextLine, folder: URL, filter: IngestFilter) -> IngestProblem? {
        switch AutomationRecord.parse(line) {
        case .blank:
            return nil
        case .problem(let problem):
            return problem
        case .record(let record):
            guard filter.admits(record) else {
                filteredOut += 1
                return nil
            }
            switch image(for: record.screenshot, folder: folder) {
            case .success(let image):
                add(record, image: image)
                return nil
            case .failure(let failure):
                let resolved = record.screenshot.hasPrefix("/") ? "" : " (looked for \(screenshotURL(record.screenshot, folder: folder).path))"
                return IngestProblem(line: record.line, "screenshot \"\(record.screenshot)\" \(failure.message)\(resolved); record skipped")
            }
        }
    }

    mutating func add(_ record: AutomationRecord, image: ScreenshotImage) {
        let index = entryOfImageID[image.id] ?? {
            entries.append(Entry(image: image, records: [], boxes: []))
            entryOfImageID[image.id] = entries.count - 1
            return entries.count - 1
        }()
        entries[index].records.append(record)
        for box in record.boxes where entries[index].identities.insert(box.identity).inserted {
            entries[index].boxes.append(box)
        }
    }

    /// Many actions share one screenshot file: it is read and hashed once.
    private mutating func image(for path: String, folder: URL) -> Result<ScreenshotImage, IngestFailure> {
        if let known = imageOfPath[path] { return known }
        let result = Result { () throws(IngestFailure) in try ScreenshotImage.load(screenshotURL(path, folder: folder)) }
        imageOfPath[path] = result
        return result
    }

    /// Relative to the records file's folder unless absolute.
    private func screenshotURL(_ path: String, folder: URL) -> URL {
        (path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path)).standardizedFileURL
    }
}
