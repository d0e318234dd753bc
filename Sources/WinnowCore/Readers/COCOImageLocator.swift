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
    /// Each folder's file names, listed once when first needed: one directory read instead of a
    /// stat per image (100k images, 200k stats when they sit elsewhere).
    private var listings: [Set<String>?]

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
        listings = Array(repeating: nil, count: folders.count)
    }

    /// The image's URL (where it should be, even if missing: the first folder), its path as shown
    /// to people, and whether it was there.
    mutating func locate(_ fileName: String) -> Result<(url: URL, path: String, found: Bool), PathRefusal> {
        let plain = !fileName.utf8.contains(UInt8(ascii: "/"))  // byte search: String.contains goes through Foundation
        if let refusal = Self.refusal(fileName, plain: plain) { return .failure(refusal) }
        let hit = holds(lastHit, fileName, plain: plain) ? lastHit : folders.indices.first { $0 != lastHit && holds($0, fileName, plain: plain) }
        if let hit { lastHit = hit }
        let folder = folders[hit ?? 0]
        return .success((URL(fileURLWithPath: folder.path + "/" + fileName, isDirectory: false), folder.displayPrefix + fileName, hit != nil))  // no stat: an image is a file
    }

    /// A plain name is looked up in the folder's listing; a name with folders in it is stat'ed.
    private mutating func holds(_ folder: Int, _ fileName: String, plain: Bool) -> Bool {
        guard plain else { return SystemCalls.exists(folders[folder].path + "/" + fileName) }
        if listings[folder] == nil {
            listings[folder] = Set((try? FileManager.default.contentsOfDirectory(atPath: folders[folder].path)) ?? [])
        }
        return listings[folder]!.contains(fileName)
    }

    private static func refusal(_ fileName: String, plain: Bool) -> PathRefusal? {
        if fileName.isEmpty { return PathRefusal(reason: "empty file_name") }
        if fileName.hasPrefix("/") { return PathRefusal(reason: "absolute file_name \"\(fileName)\"") }
        if plain ? fileName == ".." : fileName.split(separator: "/").contains("..") { return PathRefusal(reason: "file_name \"\(fileName)\" climbs out with \"..\"") }
        return nil
    }
}
