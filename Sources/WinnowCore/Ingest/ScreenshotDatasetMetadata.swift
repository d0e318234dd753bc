import Foundation

/// `metadata.json` after an ingest: counts and categories of the whole dataset as Winnow reads it,
/// and which records file went in last. No clock time, so the same input gives the same bytes;
/// keys another tool wrote are kept in their place.
enum ScreenshotDatasetMetadata {
    static let fileName = "metadata.json"

    static func updated(_ previous: JSONObject?, dataset: Dataset, lastIngest: JSONObject) -> JSONObject {
        var metadata = previous ?? JSONObject([("created_by", "winnow ingest")])
        let labels = dataset.items.flatMap(\.labels)
        metadata["counts"] = .object(JSONObject([
            ("images", JSONValue(dataset.items.count)),
            ("annotations", JSONValue(labels.count)),
            ("template_matching", JSONValue(labels.filter { $0.source == IngestedBox.Source.templateMatching.rawValue }.count)),
            ("user_click", JSONValue(labels.filter { $0.source == IngestedBox.Source.userClick.rawValue }.count)),
        ]))
        metadata["categories"] = .array(Set(labels.map(\.category)).filter { !$0.isEmpty }.sorted().map { .string($0) })
        metadata["last_ingest"] = .object(lastIngest)
        return metadata
    }

    /// Reads the dataset back and rewrites `metadata.json` when its content changes. A previous file
    /// that is not a JSON object is replaced.
    static func write(root: URL, lastIngest: JSONObject) throws(IngestFailure) {
        let url = root.appendingPathComponent(fileName)
        let old = FileManager.default.contents(atPath: url.path)
        let previous = old.flatMap { try? JSONParser.parse([UInt8]($0)) }?.objectValue
        let dataset: Dataset
        do { dataset = try ScreenshotDatasetReader.read(root, options: ReadOptions()) } catch { throw IngestFailure(error.message) }
        let bytes = Array((JSONWriter.string(.object(updated(previous, dataset: dataset, lastIngest: lastIngest)), pretty: true) + "\n").utf8)
        if old.map([UInt8].init) != bytes { try DatasetFiles.replace(url, with: bytes) }
    }
}
