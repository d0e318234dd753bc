import Foundation

/// Finds the images of one split entry, as Ultralytics does: every image file under a folder
/// (sub-folders included), or the lines of a `.txt` list. Paths may be absolute or lead out of the
/// dataset folder: data.yaml is the user's own configuration, and shared image stores are common.
enum YOLOImageLister {
    /// Ultralytics' image formats, plus GIF; only PNG, JPEG, WebP and GIF headers give a size.
    static let imageExtensions: Set<String> = ["bmp", "dng", "gif", "heic", "jpeg", "jpg", "mpo", "pfm", "png", "tif", "tiff", "webp"]

    struct Found {
        let url: URL
        /// Where the image was named: the list line, or the data.yaml line of its folder.
        let location: String
    }

    static func images(of source: YOLOSplitSource, dataRoot: URL, root: URL, issues: inout [Issue]) -> [Found] {
        guard let url = resolve(source.path, in: dataRoot) else {
            issues.append(Issue(.error, "yolo.missing-folder", "\(source.path) does not exist (looked in \(dataRoot.path))", location: source.location))
            return []
        }
        if DatasetDetector.isFolder(url) {
            // A folder that holds the dataset (`..`, `/`) would be walked whole, with everything beside
            // it: found by fuzzing, where `..` was /tmp and took minutes.
            let folder = url.standardizedFileURL.resolvingSymlinksInPath().path
            let dataset = root.standardizedFileURL.resolvingSymlinksInPath().path
            if folder == "/" || dataset.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/") {
                issues.append(Issue(.error, "yolo.bad-config", "\(source.path) is \(folder), a folder that holds the dataset itself; not searched for images",
                                    location: source.location))
                return []
            }
            return imagesInFolder(url).map { Found(url: $0, location: source.location) }
        }
        if url.pathExtension.lowercased() == "txt" { return imagesInList(url, root: root, issues: &issues) }
        if isImage(url) { return [Found(url: url, location: source.location)] }
        issues.append(Issue(.error, "yolo.bad-config", "\(source.path) is neither a folder, a .txt list nor an image", location: source.location))
        return []
    }

    /// Roboflow exports write `../train/images` for a folder beside data.yaml; Ultralytics then
    /// retries without the `../`, and so does this.
    static func resolve(_ path: String, in dataRoot: URL) -> URL? {
        let expanded = (path as NSString).expandingTildeInPath
        let direct = expanded.hasPrefix("/") ? URL(fileURLWithPath: expanded) : dataRoot.appendingPathComponent(expanded)
        if FileManager.default.fileExists(atPath: direct.path) { return direct.standardizedFileURL }
        guard path.hasPrefix("../") else { return nil }
        let retry = dataRoot.appendingPathComponent(String(path.dropFirst(3)))
        return FileManager.default.fileExists(atPath: retry.path) ? retry.standardizedFileURL : nil
    }

    static func isImage(_ url: URL) -> Bool { imageExtensions.contains(url.pathExtension.lowercased()) }

    /// Sorted by path so item order does not depend on the file system.
    private static func imagesInFolder(_ folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                if DatasetDetector.isFolder(folder.appendingPathComponent(relative)) { walker.skipDescendants() }
                continue
            }
            if imageExtensions.contains((name as NSString).pathExtension.lowercased()) { found.append(relative) }
        }
        return found.sorted().map { folder.appendingPathComponent($0) }.filter { !DatasetDetector.isFolder($0) }
    }

    /// One path a line; relative ones are relative to the list's folder (Ultralytics does so for
    /// `./` lines and takes others from the working directory, which means nothing here).
    private static func imagesInList(_ list: URL, root: URL, issues: inout [Issue]) -> [Found] {
        let listPath = RelativePath.from(root, to: list)
        guard let data = DataFile.bytes(list) else {
            issues.append(Issue(.error, "yolo.unreadable-list", "cannot read the image list", location: listPath))
            return []
        }
        var found: [Found] = []
        for line in TextLine.splitSkippingBOM(data) where !line.isBlank {
            let path = String(decoding: line.bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            let location = "\(listPath):\(line.number)"
            let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : list.deletingLastPathComponent().appendingPathComponent(path)
            if !isImage(url) {
                issues.append(Issue(.warning, "yolo.not-an-image", "\(path) is not an image file name; skipped", location: location))
            } else if !FileManager.default.fileExists(atPath: url.path) {
                issues.append(Issue(.error, "yolo.missing-image", "image \(path) does not exist; skipped", location: location))
            } else {
                found.append(Found(url: url.standardizedFileURL, location: location))
            }
        }
        return found
    }
}
