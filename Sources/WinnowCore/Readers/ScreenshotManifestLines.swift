/// A manifest's lines taken as entries in order, a batch at a time (a preview takes only its first
/// ones): each parsed once, a repeated image id reported and skipped.
struct ScreenshotManifestLines {
    typealias Entry = (entry: ScreenshotManifestEntry, location: String, issuesBefore: Int)
    private var lines: [TextLine]
    private var next = 0
    private var lineOfImageID: [String: Int] = [:]
    /// The manifest's own problems so far; each entry notes how many came before it.
    private(set) var issues: [Issue]
    private(set) var entries: [Entry] = []

    init(_ lines: [TextLine], issues: [Issue]) {
        self.lines = lines
        self.issues = issues
        lineOfImageID.reserveCapacity(lines.count)  // growing it 17 times cost a fifth of the walk
    }

    private(set) var isFinished = false
    /// The bytes of the lines taken so far.
    private(set) var bytesTaken = 0

    /// Up to `count` more entries (or all that are left).
    mutating func take(_ count: Int = .max) {
        let goal = entries.count.addingReportingOverflow(count).overflow ? .max : entries.count + count
        while next < lines.count, entries.count < goal {
            let line = lines[next]
            next += 1
            bytesTaken += line.bytes.count + 1
            guard !line.isBlank, let entry = ScreenshotManifestEntry.parse(line, issues: &issues) else { continue }
            let location = "\(ScreenshotDatasetReader.manifestName):\(line.number)"
            if let first = lineOfImageID[entry.imageID] {
                let message = "image_id \(entry.imageID) already listed on line \(first); this line is skipped"
                issues.append(Issue(.warning, "manifest.duplicate-id", message, location: location))
                continue
            }
            lineOfImageID[entry.imageID] = line.number
            entries.append((entry, location, issues.count))
        }
        if next == lines.count {  // what only the walk needed goes (the ids alone are megabytes)
            isFinished = true
            lines = []
            lineOfImageID = [:]
            next = 0
        }
    }
}
