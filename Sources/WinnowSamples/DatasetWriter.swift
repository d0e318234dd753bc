import Foundation
import WinnowCore

/// Writes the screenshot dataset layout of DESIGN.md section 4 into a folder. It replaces only
/// what it owns there (`images/`, `annotations/`, `manifest.jsonl`, `metadata.json`), so a
/// regenerated sample never keeps stale files from an older drawing.
struct DatasetWriter {
    let folder: URL

    func write(_ entries: [DatasetEntry], metadata: JSONValue) throws {
        let files = FileManager.default
        for owned in ["images", "annotations", "manifest.jsonl", "metadata.json"] {
            let url = folder.appendingPathComponent(owned)
            if files.fileExists(atPath: url.path) { try files.removeItem(at: url) }
        }
        try files.createDirectory(at: folder.appendingPathComponent("images"), withIntermediateDirectories: true)
        try files.createDirectory(at: folder.appendingPathComponent("annotations"), withIntermediateDirectories: true)
        for entry in entries {
            if entry.writesImage { try Data(entry.png).write(to: url(entry.imagePath)) }
            try text(JSONWriter.string(entry.annotationFile, pretty: true) + "\n").write(to: url(entry.annotationPath))
        }
        let manifest = entries.map { JSONWriter.string($0.manifestLine) + "\n" }.joined()
        try text(manifest).write(to: url("manifest.jsonl"))
        try text(JSONWriter.string(metadata, pretty: true) + "\n").write(to: url("metadata.json"))
    }

    private func url(_ relative: String) -> URL { folder.appendingPathComponent(relative) }

    private func text(_ string: String) -> Data { Data(string.utf8) }
}
