import Foundation

/// What a YOLO `data.yaml` says: where the data is (`path`), which folders or lists make up each
/// split, and the class names. Problems in it are issues at `data.yaml:line`; when it names no
/// split (or cannot be read) the usual layout, `images/<split>/`, is read instead so labels still load.
struct YOLODataConfig {
    static let splitKeys = ["train", "val", "test"]

    let file: URL
    /// `path` from the file, else the file's folder. Split paths and item ids are relative to it.
    private(set) var dataRoot: URL
    private(set) var splits: [YOLOSplit] = []
    private(set) var classes = YOLOClassNames()
    private(set) var issues: [Issue] = []

    private var location: String { file.lastPathComponent }

    static func read(_ file: URL) -> YOLODataConfig {
        var config = YOLODataConfig(file: file, dataRoot: file.deletingLastPathComponent())
        if let root = config.parse() {
            config.readPath(root.entry("path"))
            config.classes = YOLOClassNames.read(names: root.entry("names"), nc: root.entry("nc"), location: config.location, issues: &config.issues)
            for key in splitKeys {
                if let entry = root.entry(key), let split = config.split(entry) { config.splits.append(split) }
            }
        } else {
            config.classes = YOLOClassNames.read(names: nil, nc: nil, location: config.location, issues: &config.issues)
        }
        if config.splits.isEmpty { config.useImageFolders() }
        return config
    }

    /// The top mapping, or nil (with an issue) when the file cannot be read or holds no mapping.
    private mutating func parse() -> YAMLNode? {
        guard let data = DataFile.bytes(file) else {
            issues.append(Issue(.error, "yolo.unreadable-config", "cannot read the file", location: location))
            return nil
        }
        let document = YAMLParser.parse(data)
        for problem in document.problems {
            issues.append(Issue(.error, "yolo.bad-yaml", problem.message, location: "\(location):\(problem.line)"))
        }
        guard let root = document.root, root.entries != nil else {
            issues.append(Issue(.error, "yolo.bad-config", "not a mapping of keys (path, train, val, names)", location: location))
            return nil
        }
        return root
    }

    /// `path`: absolute, or relative to this file's folder.
    private mutating func readPath(_ entry: YAMLEntry?) {
        guard let entry, entry.value.value != .null else { return }
        guard let path = entry.value.scalar else {
            issues.append(Issue(.error, "yolo.bad-config", "path is not text; the file's folder is used", location: "\(location):\(entry.line)"))
            return
        }
        let expanded = (path as NSString).expandingTildeInPath
        dataRoot = (expanded.hasPrefix("/") ? URL(fileURLWithPath: expanded) : dataRoot.appendingPathComponent(expanded)).standardizedFileURL
        if !DatasetDetector.isFolder(dataRoot) {
            issues.append(Issue(.error, "yolo.missing-folder", "path \(path) is not a folder", location: "\(location):\(entry.line)"))
        }
    }

    /// `train: images/train` or a list of such paths; an empty value is a split that is not there.
    private mutating func split(_ entry: YAMLEntry) -> YOLOSplit? {
        let place = "\(location):\(entry.line)"
        let nodes: [YAMLNode]
        switch entry.value.value {
        case .null: return nil
        case .scalar: nodes = [entry.value]
        case .list(let items): nodes = items
        case .map:
            issues.append(Issue(.error, "yolo.bad-config", "\(entry.key) is neither a path nor a list of paths; skipped", location: place))
            return nil
        }
        var sources: [YOLOSplitSource] = []
        for node in nodes {
            guard let path = node.scalar else {
                issues.append(Issue(.error, "yolo.bad-config", "an entry of \(entry.key) is not a path; skipped", location: "\(location):\(node.line)"))
                continue
            }
            sources.append(YOLOSplitSource(path: path, location: "\(location):\(node.line)"))
        }
        return YOLOSplit(name: entry.key, sources: sources)
    }

    /// The usual layout: each folder in `images/` is a split; `images/` itself when it has none.
    private mutating func useImageFolders() {
        let images = dataRoot.appendingPathComponent("images")
        guard DatasetDetector.isFolder(images) else {
            issues.append(Issue(.error, "yolo.no-splits", "no train, val or test, and no images/ folder to read instead", location: location))
            return
        }
        issues.append(Issue(.warning, "yolo.no-splits", "no train, val or test; reading the folders in images/ as splits", location: location))
        let folders = DatasetDetector.subfolders(of: images).map(\.lastPathComponent)
        splits = (folders.isEmpty ? [""] : folders).map { name in
            let path = name.isEmpty ? "images" : "images/\(name)"
            return YOLOSplit(name: name.isEmpty ? "images" : name, sources: [YOLOSplitSource(path: path, location: path)])
        }
    }
}
