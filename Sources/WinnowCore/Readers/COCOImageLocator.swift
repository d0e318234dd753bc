import Foundation

/// Finds a COCO image's file: in `--images` when given, else beside the JSON, else in an
/// `images/` folder beside it (the common layout), checked per image. `file_name` may not be
/// absolute or climb out with `..`; symlinks are followed, since image folders are often links
/// to shared storage. Runs once per image, so it works on strings and remembers which folder
/// held the previous image to stat one file in the usual case.
struct COCOImageLocator {
    private struct Folder {
        let path: String
        /// How `path` is shown relative to the dataset root ("" for the root itself).
        let displayPrefix: String
    }

    private let folders: [Folder]
    private var lastHit = 0

    init(datasetRoot: URL, imagesDirectory: URL?) {
        let root = datasetRoot.standardizedFileURL
        if let imagesDirectory {
            let display = RelativePath.from(root, to: imagesDirectory)
            folders = [Folder(path: imagesDirectory.standardizedFileURL.path, displayPrefix: display.isEmpty ? "" : display + "/")]
        } else {
            folders = [
                Folder(path: root.path, displayPrefix: ""),
                Folder(path: root.appendingPathComponent("images").path, displayPrefix: "images/"),
            ]
        }
    }

    /// The image's URL (where it should be, even if missing: the first folder) and its path as
    /// shown to people.
    mutating func locate(_ fileName: String) -> Result<(url: URL, path: String), PathRefusal> {
        if let refusal = Self.refusal(fileName) { return .failure(refusal) }
        let order = [lastHit] + folders.indices.filter { $0 != lastHit }
        let hit = order.first { FileManager.default.fileExists(atPath: folders[$0].path + "/" + fileName) }
        if let hit { lastHit = hit }
        let folder = folders[hit ?? 0]
        return .success((URL(fileURLWithPath: folder.path + "/" + fileName), folder.displayPrefix + fileName))
    }

    private static func refusal(_ fileName: String) -> PathRefusal? {
        if fileName.isEmpty { return PathRefusal(reason: "empty file_name") }
        if fileName.hasPrefix("/") { return PathRefusal(reason: "absolute file_name \"\(fileName)\"") }
        if fileName.split(separator: "/").contains("..") { return PathRefusal(reason: "file_name \"\(fileName)\" climbs out with \"..\"") }
        return nil
    }
}
