import Foundation

/// What a big COCO file read into, kept in its state folder (`index.bin`) so the next open of the
/// unchanged file skips the JSON. Valid while the file's size, modification time and the SHA-256
/// of its first and last 64 KB are the same, and its image folder (`images/` or `--images`) has not
/// changed (its modification time; images beside the file itself are not watched). Written beside, then renamed into place; never through a
/// symbolic link; a cache that cannot be written or read only costs time.
struct DatasetIndexCache {
    static let formatVersion = 5
    static let fileName = "index.bin"

    let file: URL
    let key: String
    /// Where images may be: a cache shipped with a dataset must not point anywhere else.
    private let imageFolders: [String]
    /// The image folders the key watches, as the reader writes them: images seen there at the
    /// first read are still there while the key holds.
    private let watchedFolders: Set<String>?

    /// Nil for a small file, or one whose facts cannot be read.
    init?(source: URL, root: URL, options: ReadOptions) {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: source.path),
              let size = (attributes[.size] as? NSNumber)?.intValue, size >= options.indexCacheMinimumBytes,
              let modified = attributes[.modificationDate] as? Date,
              let handle = try? FileHandle(forReadingFrom: source) else { return nil }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 65_536)) ?? Data()
        _ = try? handle.seek(toOffset: UInt64(max(0, size - 65_536)))
        let tail = (try? handle.read(upToCount: 65_536)) ?? Data()
        // The image folders (not the dataset folder, which changes as state is written beside the file).
        let folders = [root.appendingPathComponent("images")] + (options.imagesDirectory.map { [$0] } ?? [])
        let folderTimes = folders.map { url in
            ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        }
        key = "v\(Self.formatVersion) \(size) \(modified.timeIntervalSince1970) \(SHA256.hex(of: [UInt8](head) + [UInt8](tail))) "
            + folderTimes.map { String($0) }.joined(separator: ",") + " " + (options.imagesDirectory?.path ?? "")
        let state = CurationSession.stateDirectory(for: Dataset(source: source, root: root, format: .coco, items: [], issues: []),
                                                   override: options.stateDirectory, inFolderOfDatasets: false)
        file = state.appendingPathComponent(Self.fileName)
        imageFolders = ([root] + (options.imagesDirectory.map { [$0] } ?? [])).map { $0.standardizedFileURL.path + "/" }
        watchedFolders = Set(folders.map { $0.standardizedFileURL.path })
    }

    /// A screenshot manifest's cache (`ScreenshotDatasetReader`): its key names the folder and the
    /// read's options; the files read are watched by the list saved with it. Nil when preview reads.
    init?(manifestIn root: URL, options: ReadOptions) {
        guard options.previewBytes == nil else { return nil }
        key = "manifest v\(Self.formatVersion) \(root.standardizedFileURL.path) \(options.maxLineBytes)"
        let state = CurationSession.stateDirectory(for: Dataset(source: root, root: root, format: .screenshots, items: [], issues: []),
                                                   override: options.stateDirectory, inFolderOfDatasets: false)
        file = state.appendingPathComponent(Self.fileName)
        imageFolders = [root.standardizedFileURL.path + "/"]
        watchedFolders = nil
    }

    func load() -> Dataset? {
        guard !SystemCalls.isSymbolicLink(file.path), let mapped = MappedFile(file) else { return nil }
        return withExtendedLifetime(mapped) {
            DatasetIndexCoding.decode(mapped.bytes, key: key, imageFolders: imageFolders, watchedFolders: watchedFolders)
        }
    }

    func save(_ dataset: Dataset, watching watch: ManifestWatchList? = nil) {
        guard DatasetIndexCoding.canEncode(dataset) else { return }
        let folder = file.deletingLastPathComponent()
        var walk = folder
        while walk.path != "/" {  // the state folder and those above it inside the dataset: no links
            if SystemCalls.isSymbolicLink(walk.path) { return }
            if walk.path == dataset.root.path { break }
            walk.deleteLastPathComponent()
        }
        guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil, !SystemCalls.isSymbolicLink(file.path) else { return }
        let partial = folder.appendingPathComponent(".\(Self.fileName).\(ProcessInfo.processInfo.processIdentifier).partial")
        SystemCalls.remove(partial.path)  // one a killed run of this pid left (a link there goes, not what it names)
        let fd = SystemCalls.open(partial.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW)  // never through a link
        guard fd >= 0 else { return }
        var out = BinaryWriter(streamingTo: fd)
        DatasetIndexCoding.encode(dataset, key: key, watching: watch, into: &out)
        let written = out.flush()
        SystemCalls.close(fd)
        if !written || rename(partial.path, file.path) != 0 { try? FileManager.default.removeItem(at: partial) }
    }
}
