import Foundation

/// The files a workspace was read from, hashed: a dataset named by a file (COCO, a text file)
/// is that file and its items' images; a dataset that is a folder is every visible file in it.
enum SourceFiles {
    static func list(_ workspace: Workspace) -> [URL] {
        var files = Set<URL>()
        for dataset in workspace.datasets {
            if DatasetDetector.isFolder(dataset.source) {
                let walker = FileManager.default.enumerator(at: dataset.source, includingPropertiesForKeys: [.isRegularFileKey],
                                                            options: [.skipsHiddenFiles])
                while let url = walker?.nextObject() as? URL {
                    if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true { files.insert(url.standardizedFileURL) }
                }
            } else {
                files.insert(dataset.source.standardizedFileURL)
                for item in dataset.items { if let image = item.imageURL { files.insert(image.standardizedFileURL) } }
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Relative path → SHA-256 hex; a file that cannot be read gets "unreadable".
    static func hashes(_ workspace: Workspace) throws(ReadError) -> [String: String] {
        let root = workspace.root.standardizedFileURL
        var result: [String: String] = [:]
        for file in list(workspace) {
            let digest = (try? Data(contentsOf: file, options: .mappedIfSafe)).map { SHA256.hex(of: [UInt8]($0)) } ?? "unreadable"
            result[RelativePath.from(root, to: file)] = digest
        }
        return result
    }

    /// The files whose hash differs from the version's (or that are gone, or new).
    static func changed(since version: DatasetVersion, _ workspace: Workspace) throws(ReadError) -> [String] {
        let now = try hashes(workspace)
        return Set(now.keys).union(version.files.keys).filter { now[$0] != version.files[$0] }.sorted()
    }
}
