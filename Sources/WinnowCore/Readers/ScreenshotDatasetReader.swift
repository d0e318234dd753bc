import Foundation

/// Reads a screenshot dataset (DESIGN section 4): `manifest.jsonl` lists the images in capture
/// order, `annotations/<id>.json` holds each image's boxes. Bad lines and files are reported as
/// issues and skipped; only a missing or unreadable manifest stops the read.
public enum ScreenshotDatasetReader {
    public static let manifestName = "manifest.jsonl"

    /// `url` is the dataset folder or its `manifest.jsonl`.
    public static func read(_ url: URL, options: ReadOptions) throws(ReadError) -> Dataset {
        let root = url.lastPathComponent == manifestName ? url.deletingLastPathComponent() : url
        options.whenPlaced?(Dataset(source: root, root: root, format: .screenshots, items: [], issues: []))
        let manifestURL = root.appendingPathComponent(manifestName)
        guard let (data, longLines) = LineLimitedFile.read(manifestURL, cap: options.maxLineBytes, location: manifestName) else {
            throw ReadError("\(manifestURL.path): cannot read the manifest")
        }
        var issues: [Issue] = longLines
        var entries: [(entry: ScreenshotManifestEntry, location: String, issuesBefore: Int)] = []
        var lineOfImageID: [String: Int] = [:]
        for line in TextLine.split(data) where !line.isBlank {
            guard let entry = ScreenshotManifestEntry.parse(line, issues: &issues) else { continue }
            let location = "\(manifestName):\(line.number)"
            if let first = lineOfImageID[entry.imageID] {
                let message = "image_id \(entry.imageID) already listed on line \(first); this line is skipped"
                issues.append(Issue(.warning, "manifest.duplicate-id", message, location: location))
                continue
            }
            lineOfImageID[entry.imageID] = line.number
            entries.append((entry, location, issues.count))
        }
        // Each item checks its paths and reads its annotation file (system calls, mostly): on all
        // cores, a share each, with a resolver per share (it remembers folders).
        let shares = max(1, min(entries.count / 256, ProcessInfo.processInfo.activeProcessorCount * 8))
        let lines = entries
        let found = (0..<shares).map { lines.count * $0 / shares..<lines.count * ($0 + 1) / shares }.concurrentMap { range in
            let resolver = DatasetPathResolver(root: root)
            return lines[range].map { line -> (item: ReviewItem?, issues: [Issue]) in
                var issues: [Issue] = []
                return (item(for: line.entry, resolver: resolver, location: line.location, issues: &issues), issues)
            }
        }.joined()
        // The problems in line order: the manifest's own, each before the items after it.
        var items: [ReviewItem] = [], ordered: [Issue] = []
        var next = 0
        for (line, result) in zip(entries, found) {
            ordered += issues[next..<line.issuesBefore]
            next = line.issuesBefore
            ordered += result.issues
            if let item = result.item { items.append(item) }
        }
        ordered += issues[next...]
        return Dataset(source: root, root: root, format: .screenshots, items: items, issues: ordered)
    }

    /// nil when the line's paths lead out of the dataset folder (reported at `location`).
    private static func item(
        for entry: ScreenshotManifestEntry, resolver: DatasetPathResolver, location: String, issues: inout [Issue]
    ) -> ReviewItem? {
        func refused(_ refusal: PathRefusal) -> ReviewItem? {
            issues.append(Issue(.error, "manifest.path-escape", "\(refusal.reason); image \(entry.imageID) skipped", location: location))
            return nil
        }
        let image: (url: URL, present: Bool)
        let annotationsPath: String
        switch (resolver.resolveNotingPresence(entry.imagePath), resolver.resolveFolders(entry.annotationsPath)) {
        case (.success(let found), .success(let annotations)):
            image = found
            annotationsPath = annotations
        case (.failure(let refusal), _), (_, .failure(let refusal)):
            return refused(refusal)
        }
        // Opened without following a link; one is checked in full first (it may lead out).
        var annotationBytes = DataFile.bytes(atPath: annotationsPath, followingLinks: false)
        if annotationBytes == nil, SystemCalls.lastError == ELOOP {
            if case .failure(let refusal) = resolver.resolve(entry.annotationsPath) { return refused(refusal) }
            annotationBytes = DataFile.bytes(atPath: annotationsPath)
        }
        var item = ReviewItem(
            id: entry.imageID, kind: .screenshot, path: entry.imagePath, imageURL: image.url,
            width: entry.width, height: entry.height, labels: [], metadata: entry.metadata)
        item.imageSeen = image.present
        addAnnotations(annotationBytes, path: annotationsPath, entry: entry, to: &item)
        HeaderSizeFallback.apply(to: &item)
        return item
    }

    /// The annotation file's size wins over the manifest's: it is written with the boxes.
    private static func addAnnotations(_ bytes: [UInt8]?, path: String, entry: ScreenshotManifestEntry, to item: inout ReviewItem) {
        guard let file = ScreenshotAnnotationFile.read(bytes, path: path, displayPath: entry.annotationsPath, issues: &item.readIssues)
        else { return }
        item.labels = file.labels
        if let context = file.context { item.metadata["context"] = context }
        if file.width > 0, file.height > 0 {
            if entry.width > 0, entry.height > 0, (entry.width, entry.height) != (file.width, file.height) {
                let message = "manifest says \(entry.width)x\(entry.height), annotation file says \(file.width)x\(file.height); using the latter"
                item.readIssues.append(Issue(.warning, "size.mismatch", message, location: entry.annotationsPath))
            }
            item.width = file.width
            item.height = file.height
        }
    }
}
