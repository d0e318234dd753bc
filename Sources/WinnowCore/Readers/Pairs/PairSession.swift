import Foundation

/// One `session-STAMP/` folder read into an item: the original is its image, the transformed
/// image, instruction, e-mail and time its pair content; the metadata's other fields its metadata.
enum PairSession {
    static func read(_ folder: URL, logLine: PairTrainingLog.Line?) -> ReviewItem {
        let name = folder.lastPathComponent
        let stamp = String(name.dropFirst(PairDatasetReader.sessionPrefix.count))
        var issues: [Issue] = []
        let metadata = readMetadata(folder, stamp: stamp, issues: &issues)
        let original = image("original", named: metadata["originalFilename"]?.stringValue, size: metadata["originalSize"]?.doubleValue,
                             in: folder, stamp: stamp, issues: &issues)
        let edited = image("reimagined", named: metadata["reimaginedFilename"]?.stringValue, size: metadata["reimaginedSize"]?.doubleValue,
                           in: folder, stamp: stamp, issues: &issues)
        if let id = metadata["sessionId"]?.stringValue, id != name {
            issues.append(Issue(.warning, "pair.session-id", "the metadata's sessionId is \(id), not the folder's name", location: name))
        }
        let header = original.flatMap { ImageHeader.facts(of: $0) }  // an image that does not decode is reported when it is measured
        let instruction = metadata["instruction"]?.stringValue ?? logLine?.instruction ?? ""
        if instruction.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            issues.append(Issue(.warning, "pair.no-instruction", "no instruction", location: name))
        }
        var item = ReviewItem(id: name, kind: .pair, path: name, imageURL: original, width: header?.width ?? 0, height: header?.height ?? 0,
                              labels: [], readIssues: issues, metadata: kept(metadata))
        item.pair = PairContent(editedURL: edited, instruction: instruction, email: metadata["userEmail"]?.stringValue,
                                timestamp: metadata["timestamp"]?.stringValue ?? logLine?.timestamp)
        return item
    }

    /// `metadata-STAMP.json` (or the folder's one `metadata-*.json`); an empty object when absent or broken.
    private static func readMetadata(_ folder: URL, stamp: String, issues: inout [Issue]) -> JSONObject {
        let name = folder.lastPathComponent
        let expected = folder.appendingPathComponent("metadata-\(stamp).json")
        let candidates = DatasetDetector.visibleEntries(of: folder).filter { $0.lastPathComponent.hasPrefix("metadata-") && $0.pathExtension == "json" }
        guard let url = FileManager.default.fileExists(atPath: expected.path) ? expected : candidates.first else {
            issues.append(Issue(.warning, "pair.no-metadata", "no metadata-\(stamp).json", location: name))
            return JSONObject()
        }
        do {
            guard case .object(let object) = try LenientJSON.load(url).value else {
                issues.append(Issue(.error, "pair.bad-metadata", "not a JSON object", location: "\(name)/\(url.lastPathComponent)"))
                return JSONObject()
            }
            return object
        } catch {
            issues.append(Issue(.error, "pair.bad-metadata", error.message.replacingOccurrences(of: "\(url.path):", with: "line "),
                                location: "\(name)/\(url.lastPathComponent)"))
            return JSONObject()
        }
    }

    /// The image the metadata names, else `ROLE-STAMP.*` or the folder's one `ROLE-*` image; nil (reported) when there is none.
    private static func image(_ role: String, named: String?, size: Double?, in folder: URL, stamp: String, issues: inout [Issue]) -> URL? {
        let session = folder.lastPathComponent
        let present = DatasetDetector.visibleEntries(of: folder).filter { $0.lastPathComponent.hasPrefix(role + "-") && !DatasetDetector.isFolder($0) }
        let named = named.flatMap { $0.isEmpty ? nil : $0 }
        var url = named.map { folder.appendingPathComponent($0) }.flatMap { candidate in
            !candidate.lastPathComponent.isEmpty && !named!.contains("/") && FileManager.default.fileExists(atPath: candidate.path) ? candidate : nil
        }
        let fallback = present.first { $0.deletingPathExtension().lastPathComponent == "\(role)-\(stamp)" } ?? present.first
        let what = role == "original" ? "original" : "transformed"
        if let named, url == nil, let fallback {
            issues.append(Issue(.error, "pair.missing-file", "the metadata names \(named), which is not there (\(fallback.lastPathComponent) is)", location: session))
        }
        url = url ?? fallback
        guard let url else {
            let said = named.map { " (the metadata names \($0))" } ?? ""
            issues.append(Issue(.error, "pair.missing-image", "no \(what) image\(said)", location: session))
            return nil
        }
        let bytes = (try? url.resourceValues(forKeys: [.fileSizeKey]))?.fileSize ?? 0
        if let size, Int(exactly: size) != bytes {
            issues.append(Issue(.warning, "pair.size-mismatch", "the metadata says \(Int(exactly: size).map(String.init) ?? "\(size)") bytes, the file has \(bytes)", location: "\(session)/\(url.lastPathComponent)"))
        }
        return url
    }

    /// The metadata without the e-mail address (private: kept in the pair content only) and without
    /// what the pair content holds.
    private static func kept(_ metadata: JSONObject) -> JSONObject {
        JSONObject(metadata.pairs.filter { !["userEmail", "instruction"].contains($0.key) }.map { ($0.key, $0.value) })
    }
}
