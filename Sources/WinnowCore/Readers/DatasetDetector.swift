import Foundation

/// Works out which format a path holds, looking at names, at most the first megabyte of a JSON
/// file, and the keys of small YAML files. Adding a format means one more rule in
/// `singleDatasetFormat(inFolder:)` or `format(ofFile:)`, plus its reader in `DatasetFormat+Reading.swift`.
public enum DatasetDetector {
    public static func detect(_ url: URL) -> DatasetFormat? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        guard isFolder(url) else { return format(ofFile: url) }
        if let format = singleDatasetFormat(inFolder: url) { return format }
        return isWorkspace(url) ? .workspace : nil
    }

    static func format(ofFile url: URL) -> DatasetFormat? {
        if url.lastPathComponent == ScreenshotDatasetReader.manifestName { return .screenshots }
        switch url.pathExtension.lowercased() {
        case "json": return looksLikeCOCO(url) ? .coco : TextFileKind.looksLikeTextJSON(url) ? .text : nil
        case "jsonl", "csv", "tsv", "conll": return .text
        case "xml": return .voc
        case "yaml", "yml": return looksLikeYOLOConfig(url) ? .yolo : nil
        case SignalsReader.fileExtension: return .signals
        default: return TextFileKind.looksLikeCoNLL(url) ? .text : nil
        }
    }

    /// The format of a folder that is one dataset (not a folder of datasets).
    static func singleDatasetFormat(inFolder folder: URL) -> DatasetFormat? {
        let manifest = folder.appendingPathComponent(ScreenshotDatasetReader.manifestName)
        if FileManager.default.fileExists(atPath: manifest.path) { return .screenshots }
        if PairDatasetReader.looksLikePairs(folder) { return .pairs }
        if yoloConfig(in: folder) != nil { return .yolo }
        if VOCReader.annotationFolder(in: folder) != nil { return .voc }
        if cocoFiles(in: folder).count == 1 { return .coco }
        if isMostlyDrillRuns(folder) { return .signals }
        if textFiles(in: folder).count * 2 >= visibleEntries(of: folder).filter({ !isFolder($0) }).count, !textFiles(in: folder).isEmpty {
            return .text
        }
        return nil
    }

    /// The files of a folder that hold text examples, by name.
    static func textFiles(in folder: URL) -> [URL] {
        visibleEntries(of: folder).filter { !isFolder($0) && TextFileKind.of($0) != nil }
    }

    /// Setitec `.xls` files make up at least half of the folder's files (a README or a label
    /// sheet beside them is fine).
    static func isMostlyDrillRuns(_ folder: URL) -> Bool {
        let files = visibleEntries(of: folder).filter { !isFolder($0) }
        let runs = files.filter { $0.pathExtension.lowercased() == SignalsReader.fileExtension }.count
        return runs > 0 && runs * 2 >= files.count
    }

    /// A folder of datasets: at least one visible sub-folder is a dataset by itself.
    static func isWorkspace(_ folder: URL) -> Bool {
        subfolders(of: folder).contains { singleDatasetFormat(inFolder: $0) != nil }
    }

    static func isFolder(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Visible sub-folders, sorted by name (hidden ones such as `.winnow` are state, not data).
    static func subfolders(of folder: URL) -> [URL] {
        visibleEntries(of: folder).filter(isFolder)
    }

    static func files(in folder: URL, withExtension ext: String) -> [URL] {
        visibleEntries(of: folder).filter { $0.pathExtension.lowercased() == ext && !isFolder($0) }
    }

    static func cocoFiles(in folder: URL) -> [URL] {
        files(in: folder, withExtension: "json").filter(looksLikeCOCO)
    }

    private static let dataExtensions: Set<String> = [
        "json", "jsonl", "xml", "csv", "tsv", "txt", "yaml", "yml", "xls", "png", "jpg", "jpeg", "webp", "gif",
    ]

    /// True when a folder that is no dataset still holds files that look like data, so skipping
    /// it silently could hide a mistake.
    static func containsDataFiles(_ folder: URL) -> Bool {
        visibleEntries(of: folder).contains { dataExtensions.contains($0.pathExtension.lowercased()) && !isFolder($0) }
    }

    static func visibleEntries(of folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }
}
