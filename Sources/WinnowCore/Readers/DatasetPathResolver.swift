import Foundation

/// Turns paths written inside dataset files into URLs, refusing any that lead out of the dataset
/// folder: absolute paths, `..` climbing above it, or symlinks pointing outside. A label file
/// should never make Winnow open (or later export) files the dataset does not own.
/// A class: it remembers each folder it resolved (a manifest of 100k images in one folder spent
/// 3.5 s resolving the same folder again per image).
final class DatasetPathResolver {
    let root: URL
    private let rootPath: String
    /// The root with links followed, ending in "/": what a path inside it starts with.
    private let resolvedRootPrefix: String
    /// Whether each folder met stays inside the root once links are followed, and the last one
    /// asked (most paths share their folder: no hashing then).
    private var foldersInside: [String: Bool] = [:]
    private var lastFolder: (path: String, inside: Bool)?
    /// Where files are looked up instead of an lstat each (a read of many files shares them), and
    /// the listing of the last folder a file was checked in.
    private var listed: ListedEntries?

    init(root: URL, listings: FolderListings? = nil) {
        self.root = root.standardizedFileURL
        listed = listings.map(ListedEntries.init)
        rootPath = self.root.path.hasSuffix("/") ? String(self.root.path.dropLast()) : self.root.path  // "/" becomes ""
        let resolved = self.root.resolvingSymlinksInPath().path
        resolvedRootPrefix = resolved.hasSuffix("/") ? resolved : resolved + "/"
    }

    func resolve(_ path: String) -> Result<URL, PathRefusal> { resolveNotingPresence(path).map(\.url) }

    /// As `resolve`, but the file itself is not looked at: the caller opens it without following a
    /// link (O_NOFOLLOW) and resolves it in full only if it is one. One stat fewer per file.
    /// Gives the path as a string: a URL for each of 100k files cost more than the check.
    func resolveFolders(_ path: String) -> Result<String, PathRefusal> {
        resolvedPath(path, checkingFile: false).map(\.path)
    }

    /// The URL, whether something was there (links followed) and whether the file is a link: the
    /// symlink check looks anyway.
    func resolveNotingPresence(_ path: String) -> Result<(url: URL, present: Bool, link: Bool), PathRefusal> {
        // `isDirectory: false` so no stat decides on a trailing slash.
        resolvedPath(path, checkingFile: true).map { (URL(fileURLWithPath: $0.path, isDirectory: false), $0.present, $0.link) }
    }

    /// The path joined to the root (not resolved: links stay as named); `present` is true when not checked.
    private func resolvedPath(_ path: String, checkingFile: Bool) -> Result<(path: String, present: Bool, link: Bool), PathRefusal> {
        if path.isEmpty { return .failure(PathRefusal(reason: "the path is empty")) }
        if path.hasPrefix("/") { return .failure(PathRefusal(reason: "absolute path \"\(path)\" is not allowed")) }
        if path.utf8.contains(0) { return .failure(PathRefusal(reason: "the path contains a NUL byte")) }
        let plain = Self.isPlain(path)
        if !plain, climbsAboveRoot(path) {
            return .failure(PathRefusal(reason: "path \"\(path)\" leaves the dataset folder"))
        }
        // Joined as strings: URL's own joining and standardizing cost more than the rest for 100k paths.
        let full = rootPath + "/" + (plain ? path : Self.normalized(path))
        let (inside, present, link) = followingLinks(full, checkingFile: checkingFile)
        if !inside {
            return .failure(PathRefusal(reason: "path \"\(path)\" leads outside the dataset folder through a symlink"))
        }
        return .success((full, present, link))
    }

    /// No empty, `.` or `..` component: nothing to normalize (a byte scan; splitting 200k paths
    /// into substrings cost 0.25 s).
    static func isPlain(_ path: String) -> Bool {
        var length = 0, dots = 0
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                if length == 0 || length == dots && dots <= 2 { return false }
                length = 0
                dots = 0
            } else {
                length += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return length > 0 && !(length == dots && dots <= 2)
    }

    /// The path's components with `.` dropped and each `..` taking back the one before (it never
    /// climbs above the root here: `climbsAboveRoot` said so).
    private static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for component in path.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": _ = parts.popLast()
            default: parts.append(component)
            }
        }
        return parts.joined(separator: "/")
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

    /// Whether `path` stays inside the root with links followed, and whether something is there.
    /// The deepest part that exists is resolved: a missing image is not an escape, but a linked
    /// folder on the way to it can be. Each folder is resolved once; the file itself only when it
    /// is a symlink (and not looked at without `checkingFile`).
    private func followingLinks(_ path: String, checkingFile: Bool) -> (inside: Bool, present: Bool, link: Bool) {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")), slash != path.startIndex else {
            return (isInsideRoot(resolvingEveryComponent(URL(fileURLWithPath: path))), SystemCalls.exists(path), true)
        }
        let folderInside = isInside(folder: String(path[..<slash]))
        guard checkingFile else { return (folderInside, true, false) }
        switch entryType(path) {
        case S_IFLNK?:
            guard SystemCalls.exists(path) else { return (folderInside, false, true) }
            return (isInsideRoot(URL(fileURLWithPath: path).resolvingSymlinksInPath().path), true, true)
        case let type: return (folderInside, type != nil, false)
        }
    }

    /// lstat's file type, or the folder listing's word: S_IFLNK for a link, S_IFREG for anything
    /// else there (only links matter to the caller).
    private func entryType(_ path: String) -> mode_t? {
        switch listed?.entry(path) {
        case .absent?: return nil
        case .present?: return S_IFREG
        case .link?: return S_IFLNK
        case .unknown?, nil: return SystemCalls.entryType(path)
        }
    }

    private func isInside(folder: String) -> Bool {
        if let last = lastFolder, last.path == folder { return last.inside }
        let inside = foldersInside[folder] ?? {
            let inside = isInsideRoot(resolvingEveryComponent(URL(fileURLWithPath: folder)) + "/")
            foldersInside[folder] = inside
            return inside
        }()
        lastFolder = (folder, inside)
        return inside
    }

    private func resolvingEveryComponent(_ url: URL) -> String {
        var existing = url
        var missing: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.pathComponents.count > 1 {
            missing.insert(existing.lastPathComponent, at: 0)
            existing = existing.deletingLastPathComponent()
        }
        return ([existing.resolvingSymlinksInPath().path] + missing).joined(separator: "/")
    }

    private func isInsideRoot(_ resolved: String) -> Bool { resolved.hasPrefix(resolvedRootPrefix) }
}
