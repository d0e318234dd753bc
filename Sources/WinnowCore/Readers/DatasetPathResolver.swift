import Foundation

/// Turns paths written inside dataset files into URLs, refusing any that lead out of the dataset
/// folder: absolute paths, `..` climbing above it, or symlinks pointing outside. A label file
/// should never make Winnow open (or later export) files the dataset does not own.
struct DatasetPathResolver {
    let root: URL
    private let resolvedRootPath: String

    init(root: URL) {
        self.root = root.standardizedFileURL
        resolvedRootPath = self.root.resolvingSymlinksInPath().path
    }

    func resolve(_ path: String) -> Result<URL, PathRefusal> {
        if path.isEmpty { return .failure(PathRefusal(reason: "the path is empty")) }
        if path.hasPrefix("/") { return .failure(PathRefusal(reason: "absolute path \"\(path)\" is not allowed")) }
        if path.contains("\0") { return .failure(PathRefusal(reason: "the path contains a NUL byte")) }
        if climbsAboveRoot(path) {
            return .failure(PathRefusal(reason: "path \"\(path)\" leaves the dataset folder"))
        }
        let url = root.appendingPathComponent(path).standardizedFileURL
        if !isInsideRoot(resolvingSymlinks(url)) {
            return .failure(PathRefusal(reason: "path \"\(path)\" leads outside the dataset folder through a symlink"))
        }
        return .success(url)
    }

    private func climbsAboveRoot(_ path: String) -> Bool {
        var depth = 0
        for component in path.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": depth -= 1
            default: depth += 1
            }
            if depth < 0 { return true }
        }
        return false
    }

    /// Resolves the deepest part of `url` that exists: a missing image is not an escape, but a
    /// linked folder on the way to it can be.
    private func resolvingSymlinks(_ url: URL) -> String {
        var existing = url
        var missing: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.pathComponents.count > 1 {
            missing.insert(existing.lastPathComponent, at: 0)
            existing = existing.deletingLastPathComponent()
        }
        return ([existing.resolvingSymlinksInPath().path] + missing).joined(separator: "/")
    }

    private func isInsideRoot(_ resolved: String) -> Bool {
        let rootPath = resolvedRootPath.hasSuffix("/") ? resolvedRootPath : resolvedRootPath + "/"
        return resolved.hasPrefix(rootPath)
    }
}
