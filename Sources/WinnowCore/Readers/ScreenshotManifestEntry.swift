/// One line of a screenshot dataset's `manifest.jsonl` (DESIGN section 4).
struct ScreenshotManifestEntry {
    let imageID: String
    let imagePath: String
    let annotationsPath: String
    /// 0 when the manifest gives no size.
    let width: Int
    let height: Int
    /// Everything else on the line (action_id, action_type, active_states, success, timestamp, ...),
    /// in file order, for the validation pane.
    let metadata: JSONObject

    private static let structuralKeys: Set<String> = ["image_id", "image", "annotations", "width", "height"]

    /// nil when the line cannot be used; the reason is appended to `issues` as manifest.jsonl:LINE.
    static func parse(_ line: TextLine, issues: inout [Issue]) -> ScreenshotManifestEntry? {
        let location = "manifest.jsonl:\(line.number)"
        guard String(validating: line.bytes, as: UTF8.self) != nil else {
            issues.append(Issue(.error, "manifest.bad-encoding", "line is not valid UTF-8 text; skipped", location: location))
            return nil
        }
        let parsed: LenientJSON.Parsed
        do {
            parsed = try LenientJSON.parse(line.bytes)
        } catch {
            let message = "not a complete JSON object (column \(error.column): \(error.message)); skipped"
            issues.append(Issue(.error, "manifest.bad-line", message, location: location))
            return nil
        }
        guard let object = parsed.value.objectValue else {
            issues.append(Issue(.error, "manifest.bad-line", "line is not a JSON object; skipped", location: location))
            return nil
        }
        guard let id = object["image_id"]?.stringValue, !id.isEmpty else {
            issues.append(Issue(.error, "manifest.no-id", "line has no \"image_id\" string; skipped", location: location))
            return nil
        }
        return ScreenshotManifestEntry(id: id, object: object)
    }

    /// Paths default to the layout section 4 describes when a line leaves them out.
    private init(id: String, object: JSONObject) {
        imageID = id
        imagePath = object["image"]?.stringValue ?? "images/\(id).png"
        annotationsPath = object["annotations"]?.stringValue ?? "annotations/\(id).json"
        width = max(0, object["width"]?.intValue ?? 0)
        height = max(0, object["height"]?.intValue ?? 0)
        var metadata = JSONObject()
        for pair in object.pairs where !Self.structuralKeys.contains(pair.key) { metadata[pair.key] = pair.value }
        self.metadata = metadata
    }
}
