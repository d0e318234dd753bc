import Foundation

/// An export folder as readable text for golden snapshots: every file's path, then its text
/// (images only by path). The few values that depend on where and when the test ran (the temporary
/// paths, the verdicts' time, checksums of files holding that time) are replaced by placeholders.
enum ExportFolderListing {
    static func text(_ folder: URL, dataset: URL) throws -> String {
        let paths = try files(in: folder)
        var out = ""
        for path in paths {
            let url = folder.appendingPathComponent(path)
            if ["png", "jpg", "jpeg", "webp"].contains(url.pathExtension.lowercased()) {
                out += "=== \(path) (image)\n"
                continue
            }
            out += "=== \(path)\n" + String(decoding: try Data(contentsOf: url), as: UTF8.self)
        }
        return normalized(out, folder: folder, dataset: dataset)
    }

    /// Relative paths of the files under `folder`, sorted.
    static func files(in folder: URL) throws -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)!
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder), !isFolder.boolValue {
                paths.append(path)
            }
        }
        return paths.sorted()
    }

    private static func normalized(_ text: String, folder: URL, dataset: URL) -> String {
        var text = text.replacingOccurrences(of: folder.path, with: "$OUT").replacingOccurrences(of: dataset.path, with: "$DATA")
        for (pattern, replacement) in [(#""date_created":"[^"]*""#, #""date_created":"\$TIME""#),
                                       (#""(sha256:[0-9a-f]{64})""#, #""sha256:…""#)] {
            let regex = try! NSRegularExpression(pattern: pattern)
            text = regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: replacement)
        }
        return text
    }
}
