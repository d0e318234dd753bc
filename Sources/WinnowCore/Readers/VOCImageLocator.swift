import Foundation

/// Finds the image a VOC file labels: its `<filename>` beside the XML, then in a sibling image
/// folder, then the XML's own name with an image extension. Only the last component of
/// `<filename>` is used, so a label file cannot point outside these folders.
enum VOCImageLocator {
    static let siblingImageFolders = ["images", "JPEGImages"]
    static let stemExtensions = ["png", "jpg", "jpeg"]

    /// Where the image is, or where it should be (the first candidate) when no candidate exists.
    static func locate(xmlURL: URL, filename: String?) -> URL {
        let xmlFolder = xmlURL.deletingLastPathComponent()
        let folders = [xmlFolder] + siblingImageFolders.map { xmlFolder.deletingLastPathComponent().appendingPathComponent($0) }
        let stem = xmlURL.deletingPathExtension().lastPathComponent
        var names: [String] = []
        if let name = safeName(filename) { names.append(name) }
        names += stemExtensions.map { "\(stem).\($0)" }
        let candidates = names.flatMap { name in folders.map { $0.appendingPathComponent(name) } }
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) } ?? candidates[0]
    }

    /// labelImg on Windows may write a full path; keep the file name only.
    private static func safeName(_ filename: String?) -> String? {
        guard let filename else { return nil }
        let last = filename.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        return last.isEmpty || last == "." || last == ".." ? nil : last
    }
}
