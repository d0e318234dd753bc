import Foundation

/// Reads a screenshot dataset (DESIGN section 4): `manifest.jsonl` lists the images in capture
/// order, `annotations/<id>.json` holds each image's boxes. Bad lines and files are reported as
/// issues and skipped; only a missing or unreadable manifest stops the read.
public enum ScreenshotDatasetReader {
    public static let manifestName = "manifest.jsonl"

    /// `url` is the dataset folder or its `manifest.jsonl`. A whole read of a big dataset is kept
    /// in an index cache (`DatasetIndexCache`) that the next read takes while its files are unchanged.
    public static func read(_ url: URL, options: ReadOptions) throws(ReadError) -> Dataset {
        let root = url.lastPathComponent == manifestName ? url.deletingLastPathComponent() : url
        options.whenPlaced?(Dataset(source: root, root: root, format: .screenshots, items: [], issues: []))
        let cache = DatasetIndexCache(manifestIn: root, options: options)
        if let cached = cache?.load() { return cached }
        let started = Int64(Date().timeIntervalSince1970 * 1e9)
        let manifestURL = root.appendingPathComponent(manifestName)
        var watch = ManifestWatchList()
        let manifestStamp = EntryStamp(ofEntry: manifestURL.path)
        watch.record(manifestURL.path, manifestStamp)
        if manifestStamp?.type == UInt32(S_IFLNK) { watch.giveUp() }  // where it leads is not watched
        guard let (data, longLines) = LineLimitedFile.read(manifestURL, cap: options.maxLineBytes, location: manifestName) else {
            throw ReadError("\(manifestURL.path): cannot read the manifest")
        }
        var manifest = ScreenshotManifestLines(TextLine.split(data), issues: longLines)
        var (found, watched) = readItems(of: &manifest, root: root, previewBytes: options.previewBytes)
        watch.merge(watched)
        // The problems in line order: the manifest's own, each before the items after it. Items
        // are moved out, not copied: a retain and a release of each of 100k items spread over
        // the heap took 35 ms here, on one core.
        var items: [ReviewItem] = [], ordered: [Issue] = []
        items.reserveCapacity(manifest.entries.count)
        var next = 0, line = 0
        for share in found.indices {
            for index in found[share].indices {
                let issuesBefore = manifest.entries[line].issuesBefore
                line += 1
                ordered += manifest.issues[next..<issuesBefore]
                next = issuesBefore
                ordered += found[share][index].issues
                if let item = found[share][index].item.take() { items.append(item) }
            }
        }
        ordered += manifest.issues[next...]
        var dataset = Dataset(source: root, root: root, format: .screenshots, items: items, issues: ordered)
        dataset.isPreview = !manifest.isFinished
        if let cache, watch.isComplete, !watch.hasRecentChanges(before: started),
           manifest.bytesTaken + found.joined().reduce(0, { $0 + $1.bytes }) >= options.indexCacheMinimumBytes {
            if options.savesIndexInBackground {
                BackgroundWrites.afterOpen { [dataset, watch] in cache.save(dataset, watching: watch) }
            } else {
                cache.save(dataset, watching: watch)
            }
        }
        return dataset
    }

    private typealias Found = (item: ReviewItem?, issues: [Issue], bytes: Int)

    /// Every entry's item, in shares; with `previewBytes`, only the first entries, about that many
    /// bytes of manifest and annotation files (an item's share learned from the first 500 read).
    private static func readItems(of manifest: inout ScreenshotManifestLines, root: URL, previewBytes: Int?)
        -> ([[Found]], ManifestWatchList)
    {
        guard let previewBytes else {
            manifest.take()
            return readItems(manifest.entries[...], root: root)
        }
        manifest.take(500)
        var (found, watch) = readItems(manifest.entries[...], root: root)
        let bytes = manifest.bytesTaken + found.joined().reduce(0) { $0 + $1.bytes }
        let count = manifest.entries.count
        guard bytes < previewBytes, count > 0 else { return (found, watch) }
        manifest.take((previewBytes - bytes) / max(1, bytes / count))
        let (rest, restWatched) = readItems(manifest.entries[count...], root: root)
        watch.merge(restWatched)
        return (found + rest, watch)
    }

    /// Each item checks its paths and reads its annotation file (system calls, mostly): on all
    /// cores, a share each, with a resolver per share (it remembers folders). Each share notes
    /// what it read for the index cache.
    private static func readItems(_ entries: ArraySlice<ScreenshotManifestLines.Entry>, root: URL) -> ([[Found]], ManifestWatchList) {
        let shares = max(1, min(entries.count / 256, ProcessInfo.processInfo.activeProcessorCount * 8))
        let start = entries.startIndex
        let ranges = (0..<shares).map { start + entries.count * $0 / shares..<start + entries.count * ($0 + 1) / shares }
        // Image folders are listed once for many entries; a folder much fuller than the manifest is not.
        let listings = entries.count >= 256 ? FolderListings(limit: entries.count * 4) : nil
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        let read = ranges.concurrentMap { range in
            let resolver = DatasetPathResolver(root: root, listings: listings)
            var strings = RepeatedStrings()
            var watch = ManifestWatchList()
            let found = entries[range].map { line -> Found in
                var issues: [Issue] = []
                var bytes = 0
                let item = item(for: line.entry, resolver: resolver, root: rootPath, location: line.location, issues: &issues,
                                bytesRead: &bytes, strings: &strings, watch: &watch)
                return (item, issues, bytes)
            }
            return (found: found, watch: watch)
        }
        var watch = ManifestWatchList()
        for share in read { watch.merge(share.watch) }
        return (read.map(\.found), watch)
    }

    /// nil when the line's paths lead out of the dataset folder (reported at `location`).
    private static func item(
        for entry: ScreenshotManifestEntry, resolver: DatasetPathResolver, root: String, location: String, issues: inout [Issue],
        bytesRead: inout Int, strings: inout RepeatedStrings, watch: inout ManifestWatchList
    ) -> ReviewItem? {
        func refused(_ refusal: PathRefusal) -> ReviewItem? {
            issues.append(Issue(.error, "manifest.path-escape", "\(refusal.reason); image \(entry.imageID) skipped", location: location))
            return nil
        }
        // The folders on both paths are stamped before they are looked at.
        watch.watchFolders(of: entry.imagePath, in: root)
        watch.watchFolders(of: entry.annotationsPath, in: root)
        let image: (url: URL, present: Bool, link: Bool)
        let annotationsPath: String
        switch (resolver.resolveNotingPresence(entry.imagePath), resolver.resolveFolders(entry.annotationsPath)) {
        case (.success(let found), .success(let annotations)):
            image = found
            annotationsPath = annotations
            if image.link { watch.giveUp() }  // where the link leads is not watched
        case (.failure(let refusal), _), (_, .failure(let refusal)):
            watch.giveUp()  // a path out of the dataset: its folders are not watched
            return refused(refusal)
        }
        // Opened without following a link; one is checked in full first (it may lead out).
        let stamped = DataFile.stampedBytes(atPath: annotationsPath, followingLinks: false)
        var annotationBytes = stamped?.bytes
        watch.record(annotationsPath, stamped?.stamp)
        if annotationBytes == nil, SystemCalls.lastError == ELOOP {
            watch.giveUp()  // where the link leads is not watched
            if case .failure(let refusal) = resolver.resolve(entry.annotationsPath) { return refused(refusal) }
            annotationBytes = DataFile.bytes(atPath: annotationsPath)
        }
        bytesRead = annotationBytes?.count ?? 0
        var item = ReviewItem(
            id: entry.imageID, kind: .screenshot, path: entry.imagePath, imageURL: image.url,
            width: entry.width, height: entry.height, labels: [], metadata: entry.metadata)
        item.imageSeen = image.present
        addAnnotations(annotationBytes, path: annotationsPath, entry: entry, to: &item, strings: &strings)
        if item.width <= 0 || item.height <= 0 { watch.giveUp() }  // the image header is not watched
        HeaderSizeFallback.apply(to: &item)
        return item
    }

    /// The annotation file's size wins over the manifest's: it is written with the boxes.
    private static func addAnnotations(_ bytes: [UInt8]?, path: String, entry: ScreenshotManifestEntry, to item: inout ReviewItem,
                                       strings: inout RepeatedStrings) {
        guard let file = ScreenshotAnnotationFile.read(bytes, path: path, displayPath: entry.annotationsPath, issues: &item.readIssues,
                                                       strings: &strings)
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
