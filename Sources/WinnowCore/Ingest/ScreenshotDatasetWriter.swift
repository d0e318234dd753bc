import Foundation

/// Adds planned images to a screenshot dataset folder (DESIGN section 4), creating it if missing.
/// Per image: the image file, then its annotation file, then its manifest line, so every manifest
/// line points at complete files. A run stopped half-way is finished by running it again.
final class ScreenshotDatasetWriter {
    enum Outcome: Equatable {
        case written(newImage: Bool, added: [IngestedBox])
        /// The entry could not be added safely (an existing annotation file that is not JSON, a
        /// screenshot that changed since it was hashed); nothing of it was written.
        case refused(String)
    }

    let root: URL
    /// The records file's name, written as each new image's `run`: the group an export keeps in one split.
    let run: String
    /// image_id -> its annotation file path, for every image the manifest already lists.
    private var annotationsOfImageID: [String: String] = [:]
    private let resolver: DatasetPathResolver

    var manifestURL: URL { root.appendingPathComponent(ScreenshotDatasetReader.manifestName) }

    init(root: URL, run: String) throws(IngestFailure) {
        self.root = root
        self.run = run
        try Self.prepare(root)
        resolver = DatasetPathResolver(root: root)
        annotationsOfImageID = Self.listedImages(manifestURL)
    }

    func write(_ entry: IngestPlan.Entry) throws(IngestFailure) -> Outcome {
        let listed = annotationsOfImageID[entry.image.id]
        let path = listed ?? entry.image.annotationsPath
        guard case .success(let url) = resolver.resolve(path) else {
            return .refused("the manifest's annotation path \(path) leaves the dataset folder")
        }
        let update: AnnotationUpdate
        switch Self.annotationUpdate(url, path: path, entry: entry) {
        case .success(let planned): update = planned
        case .failure(let refusal): return .refused(refusal.message)
        }
        if listed == nil, !(try copyImage(entry)) {
            return .refused("screenshot \(entry.image.source.path) changed or vanished while ingesting")
        }
        if update.needsWrite {
            try DatasetFiles.replace(url, with: Array((JSONWriter.string(.object(update.merged.document), pretty: true) + "\n").utf8))
        }
        if listed == nil {
            try DatasetFiles.appendLine(JSONWriter.string(.object(Self.manifestLine(entry, run: run))), to: manifestURL)
            annotationsOfImageID[entry.image.id] = path
        }
        return .written(newImage: listed == nil, added: update.merged.added)
    }

    private struct AnnotationUpdate {
        var merged: AnnotationMerge.Result
        var needsWrite: Bool
    }

    /// Merges into the file if there is one (a listed image, or a new one whose earlier run stopped
    /// before its manifest line), else starts a fresh one. Nothing is written here; the failure is
    /// why the entry is refused.
    private static func annotationUpdate(_ url: URL, path: String, entry: IngestPlan.Entry) -> Result<AnnotationUpdate, IngestFailure> {
        let existing = FileManager.default.contents(atPath: url.path)
        var document = AnnotationMerge.fresh(entry)
        if let existing {
            guard let object = (try? JSONParser.parse([UInt8](existing)))?.objectValue else {
                return .failure(IngestFailure("\(path) in the dataset is not a JSON object"))
            }
            document = object
        }
        do {
            let merged = try AnnotationMerge.merge(entry, into: document)
            return .success(AnnotationUpdate(merged: merged, needsWrite: existing == nil || merged.changed))
        } catch {
            return .failure(IngestFailure("\(path) in the dataset: \(error.message)"))
        }
    }

    /// False when the file no longer has the content it was hashed with. An image already in
    /// `images/` (from a run stopped before its manifest line) has that content by its name.
    private func copyImage(_ entry: IngestPlan.Entry) throws(IngestFailure) -> Bool {
        let target = root.appendingPathComponent(entry.image.imagePath)
        if FileManager.default.fileExists(atPath: target.path) { return true }
        guard let data = FileManager.default.contents(atPath: entry.image.source.path) else { return false }
        let bytes = [UInt8](data)
        guard ScreenshotImage.contentID(of: bytes) == entry.image.id else { return false }
        try DatasetFiles.replace(target, with: bytes)
        return true
    }

    /// DESIGN section 4's manifest line, from the first record that showed the image.
    static func manifestLine(_ entry: IngestPlan.Entry, run: String) -> JSONObject {
        let record = entry.records[0]
        return JSONObject([
            ("image_id", .string(entry.image.id)),
            ("image", .string(entry.image.imagePath)),
            ("annotations", .string(entry.image.annotationsPath)),
            ("width", JSONValue(entry.image.width)),
            ("height", JSONValue(entry.image.height)),
            ("action_id", .string(record.actionID)),
            ("action_type", .string(record.actionType)),
            ("active_states", .array(record.activeStates.map { .string($0) })),
            ("success", .bool(record.success)),
            ("timestamp", record.timestamp),
            ("run", .string(run)),
        ])
    }

    /// A missing folder is created; an existing one must be a screenshot dataset or empty (hidden
    /// files aside), so ingest never scatters files into an unrelated folder.
    private static func prepare(_ root: URL) throws(IngestFailure) {
        let files = FileManager.default
        var isFolder: ObjCBool = false
        if files.fileExists(atPath: root.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw IngestFailure("\(root.path) is a file, not a dataset folder") }
            let manifest = root.appendingPathComponent(ScreenshotDatasetReader.manifestName)
            let visible = ((try? files.contentsOfDirectory(atPath: root.path)) ?? []).filter { !$0.hasPrefix(".") }
            guard files.fileExists(atPath: manifest.path) || visible.isEmpty else {
                throw IngestFailure("\(root.path) is neither a screenshot dataset (no \(ScreenshotDatasetReader.manifestName)) nor empty")
            }
        }
        do {
            for folder in ["images", "annotations"] {
                try files.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
        } catch {
            throw IngestFailure("cannot create \(root.path) (\(error.localizedDescription))")
        }
        let manifest = root.appendingPathComponent(ScreenshotDatasetReader.manifestName)
        if !files.fileExists(atPath: manifest.path) { try DatasetFiles.replace(manifest, with: []) }
    }

    /// Lines that cannot be read are left to `winnow validate`; here they only mean "not listed".
    private static func listedImages(_ manifest: URL) -> [String: String] {
        var listed: [String: String] = [:]
        var ignored: [Issue] = []
        for line in TextLine.split([UInt8](FileManager.default.contents(atPath: manifest.path) ?? Data())) where !line.isBlank {
            guard let entry = ScreenshotManifestEntry.parse(line, issues: &ignored) else { continue }
            if listed[entry.imageID] == nil { listed[entry.imageID] = entry.annotationsPath }
        }
        return listed
    }
}
